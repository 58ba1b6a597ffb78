package org.myoplan.history;

/**
 * The database was last used by a newer Myoplan, which changed its structure: this version might
 * misread or damage the new data, so it does not touch it.
 */
public class SchemaTooNewException extends HistoryException {

    private static final long serialVersionUID = 1L;

    public SchemaTooNewException(String location, String databaseVersion, String applicationVersion) {
        super("The database " + location + " was written by a newer version of Myoplan (schema version "
                + databaseVersion + "; this Myoplan knows up to " + applicationVersion
                + "). Install the newer Myoplan to open it; the database has not been changed.");
    }
}
