package org.myoplan.dosing;

public enum SessionStatus {
    PLANNED, ADMINISTERED, CANCELLED
}
