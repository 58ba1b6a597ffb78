package org.myoplan.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.myoplan.history.backup.BackupFolder;
import org.myoplan.history.backup.DatabaseRestorer;

/**
 * The backups of the local database, usable while the database is closed, which is when they are
 * needed: after {@link DatabaseDamagedException}, the restore action lists them and restores one.
 */
public final class HistoryBackups {

    private final HistorySettings settings;
    private final BackupFolder folder;

    private HistoryBackups(HistorySettings settings) {
        this.settings = settings;
        this.folder = new BackupFolder(settings.backupDirectory(), HistorySettings.DATABASE_NAME);
    }

    public static HistoryBackups of(HistorySettings settings) {
        return new HistoryBackups(Objects.requireNonNull(settings, "settings"));
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        return folder.list();
    }

    /**
     * Replaces the database file with the backup's. The current file is moved aside (renamed with
     * ".replaced-" and the time), never deleted; its new path is returned, or null if there was none.
     * Refused while the database is open, here or in another program.
     */
    public Path restore(Backup backup) {
        return new DatabaseRestorer(settings.databaseFile()).restore(backup);
    }
}
