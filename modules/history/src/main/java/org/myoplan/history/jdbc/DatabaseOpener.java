package org.myoplan.history.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.myoplan.history.DatabaseDamagedException;
import org.myoplan.history.DatabaseInUseException;
import org.myoplan.history.HistoryException;
import org.myoplan.history.HistorySettings;
import org.myoplan.history.backup.BackupFolder;

/**
 * Connects to the database and turns H2's failures into the clinician's words. A connection is kept
 * open for the life of the history: without DB_CLOSE_DELAY, H2 closes the file when the last one closes.
 */
public final class DatabaseOpener {

    /**
     * H2 settings for the local file, both needed for a save to survive a crash once it has returned
     * (CrashDurabilityTest kills a writer 50 times and finds every acknowledged save):
     * WRITE_DELAY=0 writes each commit to the file before the commit returns, instead of up to 500 ms
     * later from a background thread. REUSE_SPACE=FALSE appends every commit at the end of the file
     * instead of into freed space in the middle: with reuse, H2 2.5's recovery after a kill lost the
     * last few commits in about one run of 50 kills in two; appended, it finds them from the end.
     * The price is a file that grows between compactions (H2 compacts when it closes the file).
     * FILE_LOCK stays H2's default (an OS lock on the file): it tells a second process apart.
     */
    private static final String FILE_OPTIONS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE";

    /**
     * Files open in this JVM: H2 would share them silently between two openers, which we refuse like a second process.
     */
    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

    private DatabaseOpener() {
    }

    public static Opened open(HistorySettings settings) {
        Path file = settings.databaseFile();
        boolean local = settings.customJdbcUrl().isEmpty();
        if (local && !OPEN_FILES.add(file)) {
            throw new DatabaseInUseException(file, null);
        }
        try {
            return connectAndMigrate(settings, local);
        } catch (RuntimeException e) {
            if (local) {
                OPEN_FILES.remove(file);
            }
            throw e;
        }
    }

    private static Opened connectAndMigrate(HistorySettings settings, boolean local) {
        String location = local ? settings.databaseFile().toString() : settings.jdbcUrl();
        if (local) {
            probeReadOnly(settings, location);
        }
        JdbcDataSource dataSource = dataSource(settings, local);
        Connection keeper = connect(dataSource, settings, local, location);
        try {
            new Migrations(dataSource, location, settings.databaseFile()).run(keeper);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            throw e;
        }
        return new Opened(dataSource, keeper, local ? settings.databaseFile() : null);
    }

    /**
     * Looks at an existing file without the right to write: H2 writes to a file it opens for writing
     * even when nothing changes, and a damaged or foreign file must stay exactly as it is. A missing file
     * is a new database, unless there are backups: then the history was lost, and starting an empty one
     * would show the clinician a patient without the doses already given.
     */
    private static void probeReadOnly(HistorySettings settings, String location) {
        Path file = settings.databaseFile();
        if (!Files.exists(file)) {
            if (!new BackupFolder(settings.backupDirectory(), HistorySettings.DATABASE_NAME)
                    .list().isEmpty()) {
                throw new DatabaseDamagedException(file, "the file is missing although there are backups of it", null);
            }
            return;
        }
        if (file.toFile().length() == 0) {
            throw new DatabaseDamagedException(file, "the file is empty", null);
        }
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL("jdbc:h2:file:" + settings.directory().resolve(HistorySettings.DATABASE_NAME)
                + ";ACCESS_MODE_DATA=r");
        readOnly.setUser(settings.user());
        readOnly.setPassword(settings.password());
        try (Connection connection = readOnly.getConnection()) {
            Migrations.refuseForeignDatabase(connection, location, file);
        } catch (SQLException e) {
            throw translate(e, settings, true, location);
        }
    }

    private static JdbcDataSource dataSource(HistorySettings settings, boolean local) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(local ? localUrl(settings) : settings.jdbcUrl());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        return dataSource;
    }

    private static String localUrl(HistorySettings settings) {
        String base = settings.directory().resolve(HistorySettings.DATABASE_NAME).toString();
        return "jdbc:h2:file:" + base + FILE_OPTIONS;
    }

    private static Connection connect(JdbcDataSource dataSource, HistorySettings settings, boolean local,
            String location) {
        try {
            if (local) {
                Files.createDirectories(settings.directory());
            }
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw translate(e, settings, local, location);
        } catch (IOException e) {
            throw new HistoryException("Myoplan cannot create the folder for its database, " + settings.directory()
                    + ": " + e.getMessage(), e);
        }
    }

    static RuntimeException translate(SQLException e, HistorySettings settings, boolean local, String location) {
        Path file = settings.databaseFile();
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new DatabaseInUseException(local ? file : Path.of(location), e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.GENERAL_ERROR_1:
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                if (local && Files.exists(file)) {
                    return new DatabaseDamagedException(file, "the file is damaged or is not an H2 database", e);
                }
                break;
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                if (local) {
                    return new DatabaseDamagedException(file, "it is another program's database", e);
                }
                break;
            default:
                break;
        }
        return new HistoryException("Myoplan cannot open its database " + location + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the failure being reported matters more than this one
        }
    }

    /** An open database: the data source for work, and the connection that keeps the file open. */
    public static final class Opened {

        private final JdbcDataSource dataSource;
        private final Connection keeper;
        private final Path localFile;

        Opened(JdbcDataSource dataSource, Connection keeper, Path localFile) {
            this.dataSource = dataSource;
            this.keeper = keeper;
            this.localFile = localFile;
        }

        public JdbcDataSource dataSource() {
            return dataSource;
        }

        /**
         * Closes the keeper, which closes the file (every commit is already on disk). With {@code compact},
         * the local file is first rewritten without its dead space: commits are appended (REUSE_SPACE=FALSE),
         * so the file grows while Myoplan runs. H2 compacts into a new file and renames it; a crash during
         * compaction leaves the old file. Idempotent.
         */
        public synchronized void close(boolean compact) {
            try {
                if (!keeper.isClosed()) {
                    if (compact && localFile != null) {
                        try (Statement shutdown = keeper.createStatement()) {
                            shutdown.execute("SHUTDOWN COMPACT");
                        }
                    }
                    keeper.close();
                }
            } catch (SQLException e) {
                throw new HistoryException("The database could not be closed cleanly: " + e.getMessage(), e);
            } finally {
                if (localFile != null) {
                    OPEN_FILES.remove(localFile);
                }
            }
        }
    }
}
