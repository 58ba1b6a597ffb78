package org.myoplan.history;

import java.nio.file.Path;

/** Another Myoplan window or another program holds the database file open (H2's file lock). */
public class DatabaseInUseException extends HistoryException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DatabaseInUseException(Path file, Throwable cause) {
        super("Myoplan's database is open in another Myoplan window or program (file " + file
                + "). Close the other window or program and try again.", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
