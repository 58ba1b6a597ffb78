package org.myoplan.atlas;

/** An atlas or import file that cannot be used; the message names the file and line. */
public final class AtlasFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public AtlasFormatException(String file, int line, String message) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + message);
    }
}
