package org.myoplan.dosing;

public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
