package org.myoplan.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpeningTest {

    @TempDir
    Path directory;

    @Test
    void createsTheDatabaseTheFirstTimeAndReopensIt() {
        HistoryDatabase.open(HistorySettings.inDirectory(directory)).closeWithoutBackup();
        assertTrue(Files.exists(HistorySettings.inDirectory(directory).databaseFile()));
        HistoryDatabase.open(HistorySettings.inDirectory(directory)).closeWithoutBackup();
    }

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUse() throws Exception {
        HistoryDatabase.open(HistorySettings.inDirectory(directory)).closeWithoutBackup();
        Path errors = Files.createTempFile(directory, "hold", ".txt");
        Process other = ChildJvm.start(HoldOpenMain.class, directory, errors);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("open", out.readLine(), () -> "the other process did not open the database");
            DatabaseInUseException e = assertThrows(DatabaseInUseException.class,
                    () -> HistoryDatabase.open(HistorySettings.inDirectory(directory)));
            assertTrue(e.getMessage()
                    .startsWith("Myoplan's database is open in another Myoplan window or program (file "
                    + directory.resolve("myoplan-history.mv.db")), e.getMessage());
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(20, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        HistoryDatabase.open(HistorySettings.inDirectory(directory)).closeWithoutBackup(); // free again
    }

    @Test
    void aSecondOpenerInTheSameProcessIsToldToo() {
        HistoryDatabase first = HistoryDatabase.open(HistorySettings.inDirectory(directory));
        try {
            assertThrows(DatabaseInUseException.class,
                    () -> HistoryDatabase.open(HistorySettings.inDirectory(directory)));
        } finally {
            first.closeWithoutBackup();
        }
    }

    @Test
    void aGarbageFileIsReportedAndLeftUntouched() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        assertDamagedAndUntouched(garbage);
    }

    @Test
    void aTextFileIsReportedAndLeftUntouched() throws Exception {
        assertDamagedAndUntouched("patient;dose\nMüller;100\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPngRenamedIsReportedAndLeftUntouched() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
        assertDamagedAndUntouched(png);
    }

    @Test
    void anEmptyFileIsReportedAndLeftUntouched() throws Exception {
        assertDamagedAndUntouched(new byte[0]);
    }

    @Test
    void aTruncatedDatabaseIsReportedAndLeftUntouched() throws Exception {
        HistoryDatabase history = HistoryDatabase.open(HistorySettings.inDirectory(directory));
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        history.closeWithoutBackup();
        Path file = HistorySettings.inDirectory(directory).databaseFile();
        byte[] whole = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(whole, 4096 + 100);
        assertDamagedAndUntouched(half);
    }

    @Test
    void aMissingFileWithBackupsIsNotSilentlyReplacedByAnEmptyOne() throws Exception {
        HistorySettings settings = HistorySettings.inDirectory(directory);
        HistoryDatabase history = HistoryDatabase.open(settings);
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        history.close(); // leaves a backup
        Files.delete(settings.databaseFile());
        DatabaseDamagedException e = assertThrows(DatabaseDamagedException.class, () -> HistoryDatabase.open(settings));
        assertTrue(e.getMessage().contains("the file is missing although there are backups of it"), e.getMessage());
        assertTrue(Files.notExists(settings.databaseFile()), "no empty database was created");
    }

    @Test
    void anotherProgramsH2DatabaseIsRefused() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve(HistorySettings.DATABASE_NAME);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoice (id INT PRIMARY KEY, amount DECIMAL(10, 2))");
            statement.execute("INSERT INTO invoice VALUES (1, 99.50)");
        }
        Path file = HistorySettings.inDirectory(directory).databaseFile();
        byte[] before = Files.readAllBytes(file);
        DatabaseDamagedException e = assertThrows(DatabaseDamagedException.class,
                () -> HistoryDatabase.open(HistorySettings.inDirectory(directory)));
        assertTrue(e.getMessage().contains("another program's tables"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the foreign database must not be changed");
    }

    @Test
    void aSchemaFromANewerMyoplanIsRefused() throws Exception {
        HistoryDatabase.open(HistorySettings.inDirectory(directory)).closeWithoutBackup();
        String url = "jdbc:h2:file:" + directory.resolve(HistorySettings.DATABASE_NAME);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'sa', 1, TRUE)");
        }
        SchemaTooNewException e = assertThrows(SchemaTooNewException.class,
                () -> HistoryDatabase.open(HistorySettings.inDirectory(directory)));
        // the version this Myoplan knows grows with each migration: the message names it, below 99
        Pattern message = Pattern.compile(
                "newer version of Myoplan \\(schema version 99; this Myoplan knows up to (\\d+)\\)");
        Matcher known = message.matcher(e.getMessage());
        assertTrue(known.find(), e.getMessage());
        assertTrue(Integer.parseInt(known.group(1)) < 99, e.getMessage());
    }

    private void assertDamagedAndUntouched(byte[] content) throws Exception {
        Path file = HistorySettings.inDirectory(directory).databaseFile();
        Files.write(file, content);
        DatabaseDamagedException e = assertThrows(DatabaseDamagedException.class,
                () -> HistoryDatabase.open(HistorySettings.inDirectory(directory)));
        assertTrue(e.getMessage().startsWith("Myoplan cannot read its database (file " + file + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("restore the database from a backup"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file), "the damaged file must be left as it was");
        // and it stays reported, not silently replaced by a new empty database, the next time too
        assertThrows(DatabaseDamagedException.class,
                () -> HistoryDatabase.open(HistorySettings.inDirectory(directory)));
        assertArrayEquals(content, Files.readAllBytes(file));
    }
}
