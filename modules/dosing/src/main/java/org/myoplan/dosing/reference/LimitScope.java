package org.myoplan.dosing.reference;

/**
 * What a cap adds up: the whole session, one limb (both sides), one arm or one leg (one side), or one
 * injection site. A label that says "per single upper limb" or "per limb" caps each side on its own.
 */
public enum LimitScope {
    SESSION("session"), UPPER_LIMB("upper limbs"), LOWER_LIMB("lower limbs"), ONE_ARM("one arm"), ONE_LEG("one leg"),
            SITE("site");

    private final String displayName;

    LimitScope(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
