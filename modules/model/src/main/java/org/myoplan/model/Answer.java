package org.myoplan.model;

/** A screening answer; a question not yet asked is NOT_ASKED, never silently "no". */
public enum Answer {
    YES, NO, NOT_ASKED
}
