package org.myoplan.history.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.myoplan.history.HistoryException;
import org.myoplan.history.SessionRepository;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.Target;
import org.myoplan.model.Units;

/** Sessions in treatment_session, target, injection_point and acknowledged_warning. */
public final class JdbcSessionRepository implements SessionRepository {

    private final Transactions transactions;

    public JdbcSessionRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long add(String recordNumber, Session session, List<Acknowledgement> warnings, String by,
            String pointsAtlas) {
        return transactions.write("save the session of patient " + recordNumber, connection -> {
            long patientId = PatientIds.require(connection, recordNumber);
            long id = SessionWriter.insert(connection, patientId, session, warnings, pointsAtlas);
            AuditLog.record(connection, by, "session", id, AuditLog.Action.CREATE, null,
                    AuditJson.session(recordNumber, session, warnings));
            return id;
        });
    }

    @Override
    public void replace(long sessionId, Session session, List<Acknowledgement> warnings, String by,
            String pointsAtlas) {
        transactions.write("save session " + sessionId, connection -> {
            StoredSession before = SessionReader.load(connection, "s.id = ?", sessionId).stream().findFirst()
                    .orElseThrow(() -> new HistoryException("Session " + sessionId + " is not in the history"));
            SessionWriter.replace(connection, sessionId, session, warnings, pointsAtlas);
            AuditLog.record(connection, by, "session", sessionId, AuditLog.Action.UPDATE,
                    AuditJson.session(before.recordNumber(), before.session(), before.acknowledgements()),
                    AuditJson.session(before.recordNumber(), session, warnings));
            return null;
        });
    }

    @Override
    public Optional<StoredSession> find(long sessionId) {
        return transactions.read("read session " + sessionId,
                connection -> SessionReader.load(connection, "s.id = ?", sessionId).stream().findFirst());
    }

    @Override
    public List<StoredSession> history(String recordNumber) {
        return transactions.read("read the history of patient " + recordNumber,
                connection -> SessionReader.load(connection, "p.record_number = ?", recordNumber));
    }

    @Override
    public List<Target> lastTargets(String recordNumber) {
        return transactions.read("read the last session of patient " + recordNumber, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT s.id FROM treatment_session s JOIN patient p ON p.id = s.patient_id"
                    + " WHERE p.record_number = ? AND s.status <> 'CANCELLED'"
                    + " ORDER BY s.session_date DESC, s.id DESC LIMIT 1")) {
                query.setString(1, recordNumber);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return List.<Target>of();
                    }
                    return SessionReader.load(connection, "s.id = ?", row.getLong(1)).get(0).session().targets();
                }
            }
        });
    }

    @Override
    public Map<Product, Units> cumulativeUnits(String recordNumber, LocalDate from, LocalDate to) {
        return transactions.read("add up the units given to patient " + recordNumber, connection -> {
            // grouped by product in SQL: a sum across products would mean nothing
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT s.product, SUM(t.units) FROM target t JOIN treatment_session s ON s.id = t.session_id"
                    + " JOIN patient p ON p.id = s.patient_id WHERE p.record_number = ? AND s.status = 'ADMINISTERED'"
                    + " AND s.session_date BETWEEN ? AND ? GROUP BY s.product")) {
                query.setString(1, recordNumber);
                query.setObject(2, from);
                query.setObject(3, to);
                Map<Product, Units> totals = new EnumMap<>(Product.class);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Product product = Product.valueOf(row.getString(1));
                        BigDecimal sum = row.getBigDecimal(2).stripTrailingZeros();
                        sum = sum.scale() < 0 ? sum.setScale(0) : sum;
                        totals.put(product, new Units(product, sum));
                    }
                }
                return totals;
            }
        });
    }
}
