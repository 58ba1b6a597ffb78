package org.myoplan.history.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * Reads sessions with everything that belongs to them in four queries, however many sessions: one
 * per table, each selecting by the same condition on treatment_session.
 */
final class SessionReader {

    private SessionReader() {
    }

    /**
     * @param condition on {@code s} (treatment_session) and {@code p} (patient), with one parameter,
     *        e.g. "p.record_number = ?"; sessions come newest first
     */
    static List<StoredSession> load(Connection connection, String condition, Object parameter) throws SQLException {
        Map<Long, List<Target>> targets = targets(connection, condition, parameter);
        Map<Long, List<Acknowledgement>> warnings = warnings(connection, condition, parameter);
        List<StoredSession> sessions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT s.*, p.record_number FROM treatment_session s JOIN patient p ON p.id = s.patient_id WHERE "
                + condition + " ORDER BY s.session_date DESC, s.id DESC")) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong("id");
                    Session session = session(row, targets.getOrDefault(id, List.of()));
                    sessions.add(new StoredSession(id, row.getString("record_number"), session,
                            warnings.getOrDefault(id, List.of()), row.getString("points_atlas")));
                }
            }
        }
        return sessions;
    }

    private static Session session(ResultSet row, List<Target> targets) throws SQLException {
        return new Session(row.getObject("session_date", LocalDate.class), row.getString("clinician"),
                Product.valueOf(row.getString("product")), row.getInt("vial_units"), row.getInt("vials"),
                Decimals.read(row, "diluent_ml"), row.getString("lot"), row.getObject("expiry", LocalDate.class),
                row.getObject("reconstituted_at", LocalDateTime.class), SessionStatus.valueOf(row.getString("status")),
                row.getString("notes"), targets, limbLengths(row));
    }

    private static LimbLengths limbLengths(ResultSet row) throws SQLException {
        return new LimbLengths(Decimals.read(row, "arm_cm"), Decimals.read(row, "forearm_cm"),
                Decimals.read(row, "thigh_cm"), Decimals.read(row, "leg_cm"));
    }

    private static Map<Long, List<Target>> targets(Connection connection, String condition, Object parameter)
            throws SQLException {
        Map<Long, List<InjectionPoint>> points = points(connection, condition, parameter);
        Map<Long, List<Target>> targets = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT t.* FROM target t JOIN treatment_session s ON s.id = t.session_id JOIN patient p ON p.id = "
                    + "s.patient_id"
                + " WHERE " + condition + " ORDER BY t.session_id, t.position")) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Target target = new Target(row.getString("muscle_id"), Side.valueOf(row.getString("side")),
                            Decimals.read(row, "units"), row.getInt("sites"),
                            Guidance.valueOf(row.getString("guidance")),
                            points.getOrDefault(row.getLong("id"), List.of()), row.getString("notes"),
                            row.getString("dose_source"));
                    targets.computeIfAbsent(row.getLong("session_id"), id -> new ArrayList<>()).add(target);
                }
            }
        }
        return targets;
    }

    private static Map<Long, List<InjectionPoint>> points(Connection connection, String condition, Object parameter)
            throws SQLException {
        Map<Long, List<InjectionPoint>> points = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT i.* FROM injection_point i JOIN target t ON t.id = i.target_id"
                + " JOIN treatment_session s ON s.id = t.session_id JOIN patient p ON p.id = s.patient_id"
                + " WHERE " + condition + " ORDER BY i.target_id, i.position")) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    points.computeIfAbsent(row.getLong("target_id"), id -> new ArrayList<>())
                            .add(new InjectionPoint(row.getDouble("x"), row.getDouble("y"), row.getDouble("z")));
                }
            }
        }
        return points;
    }

    private static Map<Long, List<Acknowledgement>> warnings(Connection connection, String condition,
            Object parameter) throws SQLException {
        Map<Long, List<Acknowledgement>> warnings = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT w.* FROM acknowledged_warning w JOIN treatment_session s ON s.id = w.session_id"
                + " JOIN patient p ON p.id = s.patient_id WHERE " + condition + " ORDER BY w.session_id, w.position")) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    warnings.computeIfAbsent(row.getLong("session_id"), id -> new ArrayList<>()).add(
                            new Acknowledgement(row.getString("finding_key"), row.getString("reason"),
                                    row.getString("clinician"),
                                    row.getObject("acknowledged_at", OffsetDateTime.class).toInstant(),
                                    row.getBoolean("override")));
                }
            }
        }
        return warnings;
    }
}
