package org.myoplan.history;

/**
 * The session history could not do what was asked. The message is written for the clinician (it says
 * what happened and what to do); the cause keeps the database's own words for the support log.
 */
public class HistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
