package org.myoplan.atlas;

/**
 * Something wrong in an imported atlas: the file (as named in the import directory), the line (1-based,
 * 0 when the whole file is concerned) and a message a clinic's IT person can act on.
 */
public record ImportProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
