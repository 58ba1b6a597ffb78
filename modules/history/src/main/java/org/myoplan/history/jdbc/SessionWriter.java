package org.myoplan.history.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Session;
import org.myoplan.model.Target;

/** Writes a session's rows: the session, its targets with their injection points, its acknowledged warnings. */
final class SessionWriter {

    private static final String COLUMNS = "session_date = ?, clinician = ?, product = ?, vial_units = ?, vials = ?,"
            + " diluent_ml = ?, lot = ?, expiry = ?, reconstituted_at = ?, status = ?, notes = ?, arm_cm = ?,"
            + " forearm_cm = ?, thigh_cm = ?, leg_cm = ?";
    /** How many parameters {@link #bindFields} sets: those of {@link #COLUMNS}. */
    private static final int FIELDS = 15;

    private SessionWriter() {
    }

    static long insert(Connection connection, long patientId, Session session, List<Acknowledgement> warnings,
            String pointsAtlas) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO treatment_session (session_date, clinician, product, vial_units, vials, diluent_ml, lot,"
                + " expiry, reconstituted_at, status, notes, arm_cm, forearm_cm, thigh_cm, leg_cm, patient_id,"
                + " recorded_at, points_atlas) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bindFields(insert, session);
            insert.setLong(FIELDS + 1, patientId);
            insert.setObject(FIELDS + 2, Instant.now().atOffset(ZoneOffset.UTC));
            insert.setString(FIELDS + 3, pointsAtlas == null ? "" : pointsAtlas);
            insert.executeUpdate();
            id = Keys.generated(insert);
        }
        insertChildren(connection, id, session, warnings);
        return id;
    }

    static void replace(Connection connection, long sessionId, Session session, List<Acknowledgement> warnings,
            String pointsAtlas) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE treatment_session SET " + COLUMNS + ", points_atlas = ? WHERE id = ?")) {
            bindFields(update, session);
            update.setString(FIELDS + 1, pointsAtlas == null ? "" : pointsAtlas);
            update.setLong(FIELDS + 2, sessionId);
            update.executeUpdate();
        }
        deleteChildren(connection, sessionId);
        insertChildren(connection, sessionId, session, warnings);
    }

    private static void bindFields(PreparedStatement statement, Session session) throws SQLException {
        statement.setObject(1, session.date());
        statement.setString(2, session.clinician());
        statement.setString(3, session.product().name());
        statement.setInt(4, session.vialUnits());
        statement.setInt(5, session.vials());
        statement.setBigDecimal(6, session.diluentMl());
        statement.setString(7, session.lot());
        if (session.expiry() == null) {
            statement.setNull(8, Types.DATE);
        } else {
            statement.setObject(8, session.expiry());
        }
        if (session.reconstitutedAt() == null) {
            statement.setNull(9, Types.TIMESTAMP);
        } else {
            statement.setObject(9, session.reconstitutedAt());
        }
        statement.setString(10, session.status().name());
        statement.setString(11, session.notes());
        LimbLengths lengths = session.limbLengths();
        statement.setBigDecimal(12, lengths.armCm()); // null: not measured
        statement.setBigDecimal(13, lengths.forearmCm());
        statement.setBigDecimal(14, lengths.thighCm());
        statement.setBigDecimal(15, lengths.legCm());
    }

    private static void insertChildren(Connection connection, long sessionId, Session session,
            List<Acknowledgement> warnings) throws SQLException {
        insertTargets(connection, sessionId, session.targets());
        insertWarnings(connection, sessionId, warnings);
    }

    private static void insertTargets(Connection connection, long sessionId, List<Target> targets) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO target (session_id, position, muscle_id, side, units, sites, guidance, notes, dose_source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement point = connection.prepareStatement(
                "INSERT INTO injection_point (target_id, position, x, y, z) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get(i);
                insert.setLong(1, sessionId);
                insert.setInt(2, i);
                insert.setString(3, target.muscleId());
                insert.setString(4, target.side().name());
                insert.setBigDecimal(5, target.units()); // null: dose not set yet
                insert.setInt(6, target.sites());
                insert.setString(7, target.guidance().name());
                insert.setString(8, target.notes());
                insert.setString(9, target.doseSource());
                insert.executeUpdate();
                addPoints(point, Keys.generated(insert), target.injectionPoints());
            }
            point.executeBatch();
        }
    }

    private static void addPoints(PreparedStatement point, long targetId,
            List<InjectionPoint> points) throws SQLException {
        for (int i = 0; i < points.size(); i++) {
            point.setLong(1, targetId);
            point.setInt(2, i);
            point.setDouble(3, points.get(i).x());
            point.setDouble(4, points.get(i).y());
            point.setDouble(5, points.get(i).z());
            point.addBatch();
        }
    }

    private static void insertWarnings(Connection connection, long sessionId, List<Acknowledgement> warnings)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO acknowledged_warning (session_id, position, finding_key, reason, clinician,"
                + " acknowledged_at, override) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < warnings.size(); i++) {
                Acknowledgement warning = warnings.get(i);
                insert.setLong(1, sessionId);
                insert.setInt(2, i);
                insert.setString(3, warning.findingKey());
                insert.setString(4, warning.reason());
                insert.setString(5, warning.clinician());
                insert.setObject(6, warning.at().atOffset(ZoneOffset.UTC));
                insert.setBoolean(7, warning.override());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void deleteChildren(Connection connection, long sessionId) throws SQLException {
        String[] deletes = {
            "DELETE FROM injection_point WHERE target_id IN (SELECT id FROM target WHERE session_id = ?)",
            "DELETE FROM target WHERE session_id = ?",
            "DELETE FROM acknowledged_warning WHERE session_id = ?"};
        for (String sql : deletes) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, sessionId);
                delete.executeUpdate();
            }
        }
    }
}
