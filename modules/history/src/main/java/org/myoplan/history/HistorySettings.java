package org.myoplan.history;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the history lives. By default an H2 file in the directory the application passes (its user
 * directory); a clinic may give a JDBC URL instead, e.g. of an H2 server. Backups are written to the
 * {@code backups} sub-directory of the directory and the last {@code backupsToKeep} are kept.
 */
public record HistorySettings(Path directory, String jdbcUrl, String user, String password, int backupsToKeep) {

    public static final String DATABASE_NAME = "myoplan-history";
    public static final int DEFAULT_BACKUPS_TO_KEEP = 10;

    public HistorySettings {
        Objects.requireNonNull(directory, "directory");
        directory = directory.toAbsolutePath().normalize();
        jdbcUrl = jdbcUrl == null || jdbcUrl.isBlank() ? null : jdbcUrl.strip();
        user = user == null ? "sa" : user;
        password = password == null ? "" : password;
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("Keep at least one backup, not " + backupsToKeep);
        }
    }

    /** The local file database in this directory, with the default number of backups. */
    public static HistorySettings inDirectory(Path directory) {
        return new HistorySettings(directory, null, null, null, DEFAULT_BACKUPS_TO_KEEP);
    }

    public HistorySettings withJdbcUrl(String url, String newUser, String newPassword) {
        return new HistorySettings(directory, url, newUser, newPassword, backupsToKeep);
    }

    public HistorySettings withBackupsToKeep(int count) {
        return new HistorySettings(directory, jdbcUrl, user, password, count);
    }

    /** The clinic's own JDBC URL, if it gave one. */
    public Optional<String> customJdbcUrl() {
        return Optional.ofNullable(jdbcUrl);
    }

    /** The database file H2 writes when no URL is given. */
    public Path databaseFile() {
        return directory.resolve(DATABASE_NAME + ".mv.db");
    }

    public Path backupDirectory() {
        return directory.resolve("backups");
    }

    /** Without the password: settings end up in logs and error reports. */
    @Override
    public String toString() {
        return "HistorySettings[directory=" + directory + ", jdbcUrl=" + jdbcUrl + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : "***") + ", backupsToKeep=" + backupsToKeep + "]";
    }
}
