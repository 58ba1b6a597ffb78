package org.myoplan.atlas;

/** The body's side. The atlas frame puts the left side at +X. */
public enum Side {
    LEFT, RIGHT;

    public String displayName() {
        return this == LEFT ? "left" : "right";
    }

    /** The key suffix of a muscle on this side: "biceps_brachii.left". */
    public String keySuffix() {
        return displayName();
    }
}
