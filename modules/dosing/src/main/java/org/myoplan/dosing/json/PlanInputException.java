package org.myoplan.dosing.json;

/** A plan file that cannot be used; the message names the field, e.g. "session.targets[2].units: ...". */
public final class PlanInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public PlanInputException(String message) {
        super(message);
    }
}
