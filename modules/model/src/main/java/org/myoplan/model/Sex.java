package org.myoplan.model;

public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
