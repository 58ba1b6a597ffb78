package org.myoplan.model;

/** The patient's side, in the plan and in the atlas (whose frame puts the left side at +X). */
public enum Side {
    LEFT, RIGHT;

    public String displayName() {
        return this == LEFT ? "left" : "right";
    }

    /** The key suffix of an atlas muscle on this side: "biceps_brachii.left". */
    public String keySuffix() {
        return displayName();
    }
}
