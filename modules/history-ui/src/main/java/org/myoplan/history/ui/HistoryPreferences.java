package org.myoplan.history.ui;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.myoplan.history.HistorySettings;
import org.openide.modules.Places;
import org.openide.util.NbPreferences;

/**
 * The database settings a clinic chooses in the Options (stored with the user's preferences): a JDBC
 * URL for a shared H2 server, or none for the file in the user directory; and how many backups to keep.
 */
public final class HistoryPreferences {

    static final String URL = "jdbcUrl";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String BACKUPS = "backupsToKeep";
    /** The folder of the database file and its backups, inside the application's user directory. */
    static final String FOLDER = "patient-records";

    private HistoryPreferences() {
    }

    static Preferences node() {
        return NbPreferences.forModule(HistoryPreferences.class);
    }

    /** The settings in force now. */
    public static HistorySettings current() {
        Preferences p = node();
        return HistorySettings.inDirectory(directory())
                .withJdbcUrl(p.get(URL, ""), p.get(USER, "sa"), p.get(PASSWORD, ""))
                .withBackupsToKeep(Math.max(1, p.getInt(BACKUPS, HistorySettings.DEFAULT_BACKUPS_TO_KEEP)));
    }

    static Path directory() {
        return Places.getUserDirectory() == null
                ? Path.of(System.getProperty("user.home"), ".myoplan", FOLDER)
                : Places.getUserDirectory().toPath().resolve(FOLDER);
    }
}
