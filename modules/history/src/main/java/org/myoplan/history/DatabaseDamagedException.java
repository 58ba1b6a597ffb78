package org.myoplan.history;

import java.nio.file.Path;

/**
 * The database file is damaged or is not a Myoplan database. Myoplan has left it exactly as it was:
 * the clinician may restore a backup ({@link HistoryBackups#restore}), which moves this file aside.
 */
public class DatabaseDamagedException extends HistoryException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DatabaseDamagedException(Path file, String what, Throwable cause) {
        super("Myoplan cannot read its database (file " + file + "): " + what
                + ". The file has not been changed. You can restore the database from a backup;"
                + " the current file will be kept beside it.", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
