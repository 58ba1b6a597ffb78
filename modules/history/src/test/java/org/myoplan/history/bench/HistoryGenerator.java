package org.myoplan.history.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;

/**
 * Fills an empty history with generated patients, sessions, targets and injection points using JDBC
 * batches and ids chosen here (one round trip per batch instead of one per row and generated key).
 */
final class HistoryGenerator {

    static final String[] SURNAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Dubois", "Lefèvre", "García", "Fernández", "Nowak", "Kowalski", "Novák", "Jensen",
        "Rossi", "Bianchi", "Smith", "Jones", "Øster", "Łukasiewicz", "Çelik", "Yılmaz", "Papadopoulos", "Horváth"};
    static final String[] GIVEN = {"Anna", "Jürgen", "Hélène", "José", "Zoë", "Piotr", "Maria", "Lars", "Giulia",
            "Ahmet"};
    private static final String[] MUSCLES = {"biceps_brachii", "brachialis", "brachioradialis", "flexor_carpi_radialis",
        "flexor_carpi_ulnaris", "pronator_teres", "gastrocnemius_medial", "soleus", "tibialis_posterior",
        "adductor_longus"};
    private static final int TARGETS_PER_SESSION = 5;
    private static final int BATCH_PATIENTS = 200;

    private final Random random = new Random(1);
    private long sessionId;
    private long targetId;

    static String recordNumber(int patient) {
        return String.format("MRN-%07d", patient);
    }

    static String name(int patient) {
        return GIVEN[patient % GIVEN.length] + " " + SURNAMES[(patient / GIVEN.length) % SURNAMES.length] + " "
                + patient;
    }

    void generate(Connection connection, int patients, int sessionsEach) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement patient = connection.prepareStatement("INSERT INTO patient (id, record_number, name,"
                + " name_folded, birth_date, sex, weight_kg, weight_measured_on, indication) VALUES (?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?)");
             PreparedStatement session = connection.prepareStatement("INSERT INTO treatment_session (id, patient_id,"
                + " session_date, clinician, product, vial_units, vials, diluent_ml, lot, expiry, status, notes, "
                    + "recorded_at)"
                + " VALUES (?, ?, ?, 'Dr. Bench', 'ONABOTULINUMTOXIN_A', 100, 2, 2.5, 'C1234', ?, 'ADMINISTERED', "
                    + "'', ?)");
             PreparedStatement target = connection.prepareStatement("INSERT INTO target (id, session_id, position,"
                + " muscle_id, side, units, sites, guidance, notes) VALUES (?, ?, ?, ?, ?, ?, 2, 'ULTRASOUND', '')");
             PreparedStatement point = connection.prepareStatement(
                "INSERT INTO injection_point (target_id, position, x, y, z) VALUES (?, ?, ?, ?, ?)")) {
            for (int p = 1; p <= patients; p++) {
                addPatient(patient, p);
                for (int s = 0; s < sessionsEach; s++) {
                    addSession(session, target, point, p, s);
                }
                if (p % BATCH_PATIENTS == 0 || p == patients) {
                    patient.executeBatch();
                    session.executeBatch();
                    target.executeBatch();
                    point.executeBatch();
                    connection.commit();
                }
            }
        }
        restartIdentities(connection);
        connection.commit();
        connection.setAutoCommit(true);
    }

    private void addPatient(PreparedStatement patient, int p) throws SQLException {
        String name = name(p);
        patient.setLong(1, p);
        patient.setString(2, recordNumber(p));
        patient.setString(3, name);
        patient.setString(4, Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT));
        patient.setObject(5, LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000)));
        patient.setString(6, p % 2 == 0 ? "FEMALE" : "MALE");
        patient.setBigDecimal(7, new BigDecimal(40 + random.nextInt(60)));
        patient.setObject(8, LocalDate.of(2025, 6, 1));
        patient.setString(9, "spasticity");
        patient.addBatch();
    }

    private void addSession(PreparedStatement session, PreparedStatement target, PreparedStatement point, int p, int s)
            throws SQLException {
        long id = ++sessionId;
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(s * 100L + random.nextInt(60));
        session.setLong(1, id);
        session.setLong(2, p);
        session.setObject(3, date);
        session.setObject(4, date.plusYears(1));
        session.setObject(5, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        session.addBatch();
        for (int t = 0; t < TARGETS_PER_SESSION; t++) {
            long tid = ++targetId;
            target.setLong(1, tid);
            target.setLong(2, id);
            target.setInt(3, t);
            target.setString(4, MUSCLES[(p + t) % MUSCLES.length]);
            target.setString(5, t % 2 == 0 ? "LEFT" : "RIGHT");
            target.setBigDecimal(6, new BigDecimal(10 + random.nextInt(90)));
            target.addBatch();
            for (int i = 0; i < 2; i++) {
                point.setLong(1, tid);
                point.setInt(2, i);
                point.setDouble(3, random.nextDouble() * 0.1);
                point.setDouble(4, random.nextDouble() * 0.1);
                point.setDouble(5, random.nextDouble() * 0.1);
                point.addBatch();
            }
        }
    }

    /** The repositories let the database choose ids again, after the ones chosen here. */
    private void restartIdentities(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE patient ALTER COLUMN id RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 "
                    + "FROM patient)");
            statement.execute("ALTER TABLE treatment_session ALTER COLUMN id RESTART WITH " + (sessionId + 1));
            statement.execute("ALTER TABLE target ALTER COLUMN id RESTART WITH " + (targetId + 1));
        }
    }
}
