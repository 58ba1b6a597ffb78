package org.myoplan.history.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.myoplan.history.AssessmentRepository;
import org.myoplan.history.StoredAssessment;
import org.myoplan.model.Assessment;
import org.myoplan.model.Assessment.AshworthScore;
import org.myoplan.model.Assessment.Goal;
import org.myoplan.model.Assessment.TardieuScore;
import org.myoplan.model.FollowUp;
import org.myoplan.model.ModifiedAshworth;
import org.myoplan.model.Side;

/** Assessments in assessment, ashworth_score, tardieu_score and goal. */
public final class JdbcAssessmentRepository implements AssessmentRepository {

    private final Transactions transactions;

    public JdbcAssessmentRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long add(String recordNumber, OptionalLong sessionId, Assessment assessment, String by) {
        return transactions.write("save the assessment of patient " + recordNumber, connection -> {
            long patientId = PatientIds.require(connection, recordNumber);
            long id = insertAssessment(connection, patientId, sessionId, assessment);
            insertScores(connection, id, assessment);
            AuditLog.record(connection, by, "assessment", id, AuditLog.Action.CREATE, null,
                    AuditJson.assessment(recordNumber, sessionId, assessment));
            return id;
        });
    }

    @Override
    public List<StoredAssessment> ofPatient(String recordNumber) {
        return transactions.read("read the assessments of patient " + recordNumber, connection -> {
            List<StoredAssessment> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT a.* FROM assessment a JOIN patient p ON p.id = a.patient_id WHERE p.record_number = ?"
                    + " ORDER BY a.assessment_date, a.id")) {
                query.setString(1, recordNumber);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        found.add(read(connection, recordNumber, row));
                    }
                }
            }
            return found;
        });
    }

    private static long insertAssessment(Connection connection, long patientId, OptionalLong sessionId,
            Assessment assessment) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO assessment (patient_id, session_id, assessment_date, timepoint, pain, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, patientId);
            if (sessionId.isPresent()) {
                insert.setLong(2, sessionId.getAsLong());
            } else {
                insert.setNull(2, Types.BIGINT);
            }
            insert.setObject(3, assessment.date());
            insert.setString(4, assessment.timepoint().name());
            insert.setObject(5, assessment.pain(), Types.INTEGER);
            insert.setObject(6, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            return Keys.generated(insert);
        }
    }

    private static void insertScores(Connection connection, long id, Assessment assessment) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ashworth_score (assessment_id, position, muscle_id, side, grade)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < assessment.ashworth().size(); i++) {
                AshworthScore score = assessment.ashworth().get(i);
                setAll(insert, id, i, score.muscleId(), score.side().name(), score.grade().grade());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tardieu_score"
                + " (assessment_id, position, muscle_id, side, r1_degrees, r2_degrees, quality) VALUES (?, ?, ?, ?, "
                    + "?, ?, ?)")) {
            for (int i = 0; i < assessment.tardieu().size(); i++) {
                TardieuScore score = assessment.tardieu().get(i);
                setAll(insert, id, i, score.muscleId(), score.side().name(), score.r1Degrees(), score.r2Degrees(),
                        score.quality());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO goal (assessment_id, position, text, attainment) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < assessment.goals().size(); i++) {
                Goal goal = assessment.goals().get(i);
                setAll(insert, id, i, goal.text());
                insert.setObject(4, goal.attainment(), Types.INTEGER);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static StoredAssessment read(Connection connection, String recordNumber,
            ResultSet row) throws SQLException {
        long id = row.getLong("id");
        long session = row.getLong("session_id");
        OptionalLong sessionId = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(session);
        Integer pain = row.getObject("pain", Integer.class);
        Assessment assessment = new Assessment(row.getObject("assessment_date", LocalDate.class),
                FollowUp.valueOf(row.getString("timepoint")), ashworth(connection, id), tardieu(connection, id), pain,
                goals(connection, id));
        return new StoredAssessment(id, recordNumber, sessionId, assessment);
    }

    private static List<AshworthScore> ashworth(Connection connection, long id) throws SQLException {
        List<AshworthScore> scores = new ArrayList<>();
        try (ResultSet row = children(connection, "ashworth_score", id)) {
            while (row.next()) {
                scores.add(new AshworthScore(row.getString("muscle_id"), Side.valueOf(row.getString("side")),
                        ModifiedAshworth.ofGrade(row.getString("grade")).orElseThrow()));
            }
        }
        return scores;
    }

    private static List<TardieuScore> tardieu(Connection connection, long id) throws SQLException {
        List<TardieuScore> scores = new ArrayList<>();
        try (ResultSet row = children(connection, "tardieu_score", id)) {
            while (row.next()) {
                scores.add(new TardieuScore(row.getString("muscle_id"), Side.valueOf(row.getString("side")),
                        row.getInt("r1_degrees"), row.getInt("r2_degrees"), row.getInt("quality")));
            }
        }
        return scores;
    }

    private static List<Goal> goals(Connection connection, long id) throws SQLException {
        List<Goal> goals = new ArrayList<>();
        try (ResultSet row = children(connection, "goal", id)) {
            while (row.next()) {
                goals.add(new Goal(row.getString("text"), row.getObject("attainment", Integer.class)));
            }
        }
        return goals;
    }

    /** The rows of a score table for one assessment; closing the result set closes its statement. */
    private static ResultSet children(Connection connection, String table, long assessmentId) throws SQLException {
        PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM " + table + " WHERE assessment_id = ? ORDER BY position");
        query.closeOnCompletion();
        query.setLong(1, assessmentId);
        return query.executeQuery();
    }
}
