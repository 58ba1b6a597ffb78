package org.myoplan.dosing;

/** The patient's side. */
public enum Side {
    LEFT, RIGHT;

    public String displayName() {
        return this == LEFT ? "left" : "right";
    }
}
