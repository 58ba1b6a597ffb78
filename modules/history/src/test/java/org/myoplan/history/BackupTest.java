package org.myoplan.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.model.Product;
import org.myoplan.model.SessionStatus;

class BackupTest {

    @TempDir
    Path directory;

    @Test
    void closingTakesABackupAndKeepsTheNewestN() throws Exception {
        HistorySettings settings = HistorySettings.inDirectory(directory).withBackupsToKeep(3);
        Files.createDirectories(settings.backupDirectory());
        Path notOurs = Files.writeString(settings.backupDirectory().resolve("notes.txt"), "keep me");
        for (int i = 0; i < 5; i++) {
            HistoryDatabase history = HistoryDatabase.open(settings);
            history.patients().save(Fixtures.patient("MRN-" + i, "Patient " + i), Fixtures.CLINICIAN);
            history.close();
        }
        List<Backup> backups = HistoryBackups.of(settings).list();
        assertEquals(3, backups.size());
        assertTrue(backups.get(0).takenAt().isAfter(backups.get(1).takenAt()), "newest first");
        assertTrue(backups.get(0).file().getFileName().toString()
                .matches("myoplan-history-\\d{8}-\\d{6}-\\d{3}\\.zip"));
        assertTrue(Files.exists(notOurs), "files that are not backups are left alone");
    }

    @Test
    void closingCompactsTheFileItGrewWhileOpen() throws Exception {
        HistorySettings settings = HistorySettings.inDirectory(directory);
        HistoryDatabase history = HistoryDatabase.open(settings);
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        for (int i = 0; i < 40; i++) {
            history.sessions().add("MRN-1", Fixtures.session(LocalDate.of(2026, 1, 1).plusDays(i),
                    Product.ONABOTULINUMTOXIN_A, SessionStatus.PLANNED, 10),
                    Fixtures.warnings(), Fixtures.CLINICIAN);
        }
        long grown = Files.size(settings.databaseFile());
        history.close();
        assertTrue(Files.size(settings.databaseFile()) < grown,
                "compacted " + Files.size(settings.databaseFile()) + " bytes, was " + grown);
        HistoryDatabase reopened = HistoryDatabase.open(settings);
        try {
            assertEquals(40, reopened.sessions().history("MRN-1").size());
        } finally {
            reopened.closeWithoutBackup();
        }
    }

    @Test
    void restoreReplacesADamagedFileAndKeepsItAside() throws Exception {
        HistorySettings settings = HistorySettings.inDirectory(directory);
        HistoryDatabase history = HistoryDatabase.open(settings);
        history.patients().save(Fixtures.patient("MRN-1", "Zoë Müller"), Fixtures.CLINICIAN);
        Backup backup = history.backupNow().orElseThrow();
        history.closeWithoutBackup();

        byte[] damaged = "not a database any more".getBytes(StandardCharsets.UTF_8);
        Files.write(settings.databaseFile(), damaged);
        assertThrows(DatabaseDamagedException.class, () -> HistoryDatabase.open(settings));

        Path aside = HistoryBackups.of(settings).restore(backup);
        assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file is kept, not deleted");
        HistoryDatabase restored = HistoryDatabase.open(settings);
        try {
            assertEquals("Zoë Müller", restored.patients().findByRecordNumber("MRN-1").orElseThrow().name());
        } finally {
            restored.closeWithoutBackup();
        }
    }

    @Test
    void theBackupTakenAtCloseRestores() throws Exception {
        HistorySettings settings = HistorySettings.inDirectory(directory);
        HistoryDatabase history = HistoryDatabase.open(settings);
        history.patients().save(Fixtures.patient("MRN-1", "Zoë Müller"), Fixtures.CLINICIAN);
        history.close();
        Backup atClose = HistoryBackups.of(settings).list().get(0);
        Files.write(settings.databaseFile(), new byte[] {1, 2, 3});
        HistoryBackups.of(settings).restore(atClose);
        HistoryDatabase restored = HistoryDatabase.open(settings);
        try {
            assertEquals("Zoë Müller", restored.patients().findByRecordNumber("MRN-1").orElseThrow().name());
        } finally {
            restored.closeWithoutBackup();
        }
    }

    @Test
    void restoreWhenTheFileIsMissing() {
        HistorySettings settings = HistorySettings.inDirectory(directory);
        HistoryDatabase history = HistoryDatabase.open(settings);
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        Backup backup = history.backupNow().orElseThrow();
        history.closeWithoutBackup();
        assertTrue(settings.databaseFile().toFile().delete());
        assertNull(HistoryBackups.of(settings).restore(backup));
        HistoryDatabase restored = HistoryDatabase.open(settings);
        try {
            assertTrue(restored.patients().findByRecordNumber("MRN-1").isPresent());
        } finally {
            restored.closeWithoutBackup();
        }
    }

    @Test
    void restoreIsRefusedWhileTheDatabaseIsOpen() {
        HistorySettings settings = HistorySettings.inDirectory(directory);
        HistoryDatabase history = HistoryDatabase.open(settings);
        try {
            Backup backup = history.backupNow().orElseThrow();
            assertThrows(DatabaseInUseException.class, () -> HistoryBackups.of(settings).restore(backup));
            assertTrue(history.patients().findByName("x").isEmpty(), "the open database still works");
        } finally {
            history.closeWithoutBackup();
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingIsMoved() throws Exception {
        HistorySettings settings = HistorySettings.inDirectory(directory);
        HistoryDatabase.open(settings).closeWithoutBackup();
        byte[] before = Files.readAllBytes(settings.databaseFile());
        Path fake = Files.writeString(directory.resolve("fake.zip"), "no zip");
        HistoryException e = assertThrows(HistoryException.class,
                () -> HistoryBackups.of(settings).restore(new Backup(fake, Instant.now(), 6)));
        assertTrue(e.getMessage().contains("could not be restored"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(settings.databaseFile()));
    }
}
