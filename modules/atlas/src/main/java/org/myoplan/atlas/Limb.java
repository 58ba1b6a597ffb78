package org.myoplan.atlas;

public enum Limb {
    UPPER, LOWER
}
