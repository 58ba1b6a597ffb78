package org.myoplan.dosing.reference;

/** A reference or protocol file that cannot be read; the message names the file and line. */
public final class ReferenceFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReferenceFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
