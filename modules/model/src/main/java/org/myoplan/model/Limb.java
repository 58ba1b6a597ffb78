package org.myoplan.model;

/** Upper or lower limb: the labels cap doses per limb. */
public enum Limb {
    UPPER, LOWER;

    public String displayName() {
        return this == UPPER ? "upper limb" : "lower limb";
    }
}
