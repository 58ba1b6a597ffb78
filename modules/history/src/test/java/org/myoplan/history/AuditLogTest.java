package org.myoplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Product;
import org.myoplan.model.SessionStatus;

class AuditLogTest {

    @TempDir
    Path directory;

    @Test
    void everyChangeIsLoggedWithWhoAndBeforeAndAfter() throws Exception {
        HistoryDatabase history = HistoryDatabase.open(HistorySettings.inDirectory(directory));
        history.patients().save(Fixtures.patient("MRN-1", "Anna \"Anni\" Weber"), "dr.weiss");
        history.patients().save(Fixtures.patient("MRN-1", "Anna Schmidt"), "dr.braun");
        long session = history.sessions().add("MRN-1", Fixtures.session(LocalDate.of(2026, 1, 1),
                Product.ONABOTULINUMTOXIN_A, SessionStatus.PLANNED, 2)
                .withLimbLengths(LimbLengths.NONE.withArm(new BigDecimal("31.5"))), Fixtures.warnings(), "dr.weiss");
        history.closeWithoutBackup();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT who, entity, entity_id, action, before_json, after_json"
                     + " FROM audit_log ORDER BY id")) {
            row.next();
            assertEquals(List.of("dr.weiss", "patient", "CREATE"), List.of(row.getString(1), row.getString(2),
                    row.getString(4)));
            assertEquals(null, row.getString(5));
            assertTrue(row.getString(6).contains("\"name\":\"Anna \\\"Anni\\\" Weber\""), row.getString(6));
            row.next();
            assertEquals("UPDATE", row.getString(4));
            assertEquals("dr.braun", row.getString(1));
            assertTrue(row.getString(5).contains("Weber") && row.getString(6).contains("Schmidt"));
            row.next();
            assertEquals("session", row.getString(2));
            assertEquals(session, row.getLong(3));
            assertTrue(row.getString(6).contains("\"findingKey\":\"interval.short\""), row.getString(6));
            assertTrue(row.getString(6).contains("\"limbLengthsCm\":{\"arm\":\"31.5\",\"forearm\":null"),
                    row.getString(6));
        }
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() throws Exception {
        HistoryDatabase history = HistoryDatabase.open(HistorySettings.inDirectory(directory));
        history.patients().save(Fixtures.patient("MRN-1", "A"), "dr.weiss");
        history.closeWithoutBackup();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_log SET who = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_log"));
            try (ResultSet row = statement.executeQuery("SELECT COUNT(*), MAX(who) FROM audit_log")) {
                row.next();
                assertEquals(1, row.getInt(1));
                assertEquals("dr.weiss", row.getString(2));
            }
        }
    }

    @Test
    void aFailedSaveLeavesNeitherDataNorAuditRow() throws Exception {
        HistoryDatabase history = HistoryDatabase.open(HistorySettings.inDirectory(directory));
        history.patients().save(Fixtures.patient("MRN-1", "A"), "dr.weiss");
        // blank "who": refused after the session rows are written, so the whole transaction must roll back
        assertThrows(IllegalArgumentException.class, () -> history.sessions().add("MRN-1", Fixtures.session(
                LocalDate.of(2026, 1, 1), Product.ONABOTULINUMTOXIN_A, SessionStatus.PLANNED, 3), List.of(), " "));
        assertEquals(List.of(), history.sessions().history("MRN-1"));
        history.closeWithoutBackup();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row =
                     statement.executeQuery("SELECT (SELECT COUNT(*) FROM audit_log), (SELECT COUNT(*) FROM target)")) {
            row.next();
            assertEquals(1, row.getInt(1));
            assertEquals(0, row.getInt(2));
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve(HistorySettings.DATABASE_NAME), "sa",
                "");
    }
}
