package org.myoplan.model;

/** The patient's side. */
public enum Side {
    LEFT, RIGHT;

    public String displayName() {
        return this == LEFT ? "left" : "right";
    }
}
