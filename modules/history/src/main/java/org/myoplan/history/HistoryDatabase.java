package org.myoplan.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.myoplan.history.backup.BackupFolder;
import org.myoplan.history.jdbc.DatabaseOpener;
import org.myoplan.history.jdbc.JdbcAssessmentRepository;
import org.myoplan.history.jdbc.JdbcPatientRepository;
import org.myoplan.history.jdbc.JdbcSessionRepository;
import org.myoplan.history.jdbc.Transactions;

/**
 * The open session history: the entry point the application calls. {@link #open} connects, checks the
 * file and brings the schema up to date; {@link #close} takes a backup and closes the file.
 * Thread-safe: every repository call uses its own connection and transaction.
 */
public final class HistoryDatabase implements AutoCloseable {

    private final HistorySettings settings;
    private final DatabaseOpener.Opened opened;
    private final Transactions transactions;
    private final PatientRepository patients;
    private final SessionRepository sessions;
    private final AssessmentRepository assessments;

    private HistoryDatabase(HistorySettings settings, DatabaseOpener.Opened opened) {
        this.settings = settings;
        this.opened = opened;
        this.transactions = new Transactions(opened.dataSource());
        this.patients = new JdbcPatientRepository(transactions);
        this.sessions = new JdbcSessionRepository(transactions);
        this.assessments = new JdbcAssessmentRepository(transactions);
    }

    /**
     * Opens the history, creating the database the first time and migrating it to this version's schema.
     *
     * @throws DatabaseInUseException another Myoplan window or program has the file open
     * @throws DatabaseDamagedException the file is damaged or not a Myoplan database (it is left untouched)
     * @throws SchemaTooNewException a newer Myoplan has changed the schema
     * @throws HistoryException anything else, with a message for the clinician
     */
    public static HistoryDatabase open(HistorySettings settings) {
        return new HistoryDatabase(settings, DatabaseOpener.open(settings));
    }

    public PatientRepository patients() {
        return patients;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public AssessmentRepository assessments() {
        return assessments;
    }

    public HistorySettings settings() {
        return settings;
    }

    /** Takes a backup now (local file database only) and drops the oldest beyond the number to keep. */
    public Optional<Backup> backupNow() {
        if (settings.customJdbcUrl().isPresent()) {
            return Optional.empty(); // a server's files are the server's: its administrator backs them up
        }
        BackupFolder folder = new BackupFolder(settings.backupDirectory(), HistorySettings.DATABASE_NAME);
        try (Connection connection = opened.dataSource().getConnection()) {
            Backup backup = folder.write(connection);
            folder.keepNewest(settings.backupsToKeep());
            return Optional.of(backup);
        } catch (SQLException e) {
            throw new HistoryException("The backup of the database could not be written to "
                    + settings.backupDirectory() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Compacts and closes the database file, then backs it up (local database) and drops the oldest
     * backups beyond the number to keep. Backing up the closed, compacted file is faster than BACKUP TO
     * on the open one, which copies the dead space too.
     */
    @Override
    public void close() {
        opened.close(true);
        if (settings.customJdbcUrl().isEmpty()) {
            BackupFolder folder = new BackupFolder(settings.backupDirectory(), HistorySettings.DATABASE_NAME);
            folder.writeCopyOf(settings.databaseFile());
            folder.keepNewest(settings.backupsToKeep());
        }
    }

    /** Closes without a backup or compaction: for the restore action and tests that simulate a crash. */
    public void closeWithoutBackup() {
        opened.close(false);
    }
}
