package org.myoplan.history.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acknowledgements kept under the first release's finding keys are renamed to the plan files' words. */
class FindingKeyMigrationTest {

    @TempDir
    Path folder;

    @Test
    void oldKeysAreRenamedAndEachRenameIsAudited() throws SQLException {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:" + folder.resolve("records").toAbsolutePath());
        migrate(data, "1");
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO patient (record_number, name, name_folded, birth_date, sex) "
                    + "VALUES ('R1', 'Ana', 'ana', DATE '1950-01-01', 'FEMALE')");
            s.execute("INSERT INTO treatment_session (patient_id, session_date, product, vial_units, vials, status, "
                    + "recorded_at) "
                    + "VALUES (1, DATE '2026-11-28', 'ONABOTULINUMTOXIN_A', 100, 1, 'PLANNED', CURRENT_TIMESTAMP)");
            for (String key : List.of("screening:pregnancy_or_breastfeeding", "dilution:diluent",
                    "screening:anticoagulants", "muscle-range:biceps_brachii:left")) {
                s.execute("INSERT INTO acknowledged_warning (session_id, position, finding_key, reason, clinician, "
                        + "acknowledged_at, override) " + "VALUES (1, 0, '" + key
                        + "', 'agreed', 'Dr A', CURRENT_TIMESTAMP, FALSE)");
            }
        }
        migrate(data, "latest");
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of("screening:pregnancyOrBreastfeeding", "dilution:diluentMl", "screening:anticoagulants",
                    "muscle-range:biceps_brachii:left"),
                    column(s, "SELECT finding_key FROM acknowledged_warning ORDER BY id"));
            assertEquals(List.of("{\"findingKey\":\"screening:pregnancy_or_breastfeeding\"}",
                    "{\"findingKey\":\"dilution:diluent\"}"),
                    column(s, "SELECT before_json FROM audit_log WHERE entity = 'acknowledged_warning' ORDER BY "
                        + "entity_id"));
        }
    }

    private static void migrate(JdbcDataSource data, String target) {
        Flyway.configure(FindingKeyMigrationTest.class.getClassLoader()).dataSource(data)
                .resourceProvider(new ShippedMigrations()).table(Migrations.HISTORY_TABLE).target(target).load()
                .migrate();
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
