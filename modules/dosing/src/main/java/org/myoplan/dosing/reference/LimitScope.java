package org.myoplan.dosing.reference;

/** What a cap adds up: the whole session, one limb (both sides), one leg, or one injection site. */
public enum LimitScope {
    SESSION("session"), UPPER_LIMB("upper limbs"), LOWER_LIMB("lower limbs"), ONE_LEG("one leg"), SITE("site");

    private final String displayName;

    LimitScope(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
