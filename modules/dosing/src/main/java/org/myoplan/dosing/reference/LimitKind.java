package org.myoplan.dosing.reference;

/** The kinds of cap and interval in the labels. */
public enum LimitKind {
    SESSION_UNITS, SESSION_UNITS_PER_KG, WINDOW_UNITS, WINDOW_UNITS_PER_KG, SITE_UNITS, SITE_ML, MIN_INTERVAL_WEEKS
}
