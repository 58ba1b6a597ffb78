package org.myoplan.model;

public enum SessionStatus {
    PLANNED, ADMINISTERED, CANCELLED
}
