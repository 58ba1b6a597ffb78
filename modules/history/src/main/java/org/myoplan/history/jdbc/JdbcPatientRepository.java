package org.myoplan.history.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.myoplan.history.PatientRepository;
import org.myoplan.model.Answer;
import org.myoplan.model.Patient;
import org.myoplan.model.Screening;
import org.myoplan.model.ScreeningQuestion;
import org.myoplan.model.Sex;
import org.myoplan.model.Weight;

/** Patients and their screening answers in the patient and screening_answer tables. */
public final class JdbcPatientRepository implements PatientRepository {

    private static final String SELECT = "SELECT p.id, p.record_number, p.name, p.birth_date, p.sex, p.weight_kg,"
            + " p.weight_measured_on, p.indication, a.question, a.answer"
            + " FROM patient p LEFT JOIN screening_answer a ON a.patient_id = p.id ";

    private final Transactions transactions;

    public JdbcPatientRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Patient patient, String by) {
        transactions.write("save patient " + patient.recordNumber(), connection -> {
            OptionalLong existing = PatientIds.find(connection, patient.recordNumber());
            if (existing.isPresent()) {
                Patient before = load(connection, "WHERE p.id = ?", existing.getAsLong()).get(0);
                update(connection, existing.getAsLong(), patient);
                AuditLog.record(connection, by, "patient", existing.getAsLong(), AuditLog.Action.UPDATE,
                        AuditJson.patient(before), AuditJson.patient(patient));
            } else {
                long id = insert(connection, patient);
                AuditLog.record(connection, by, "patient", id, AuditLog.Action.CREATE, null,
                        AuditJson.patient(patient));
            }
            return null;
        });
    }

    @Override
    public Optional<Patient> findByRecordNumber(String recordNumber) {
        return transactions.read("find patient " + recordNumber,
                connection -> load(connection, "WHERE p.record_number = ?", recordNumber).stream().findFirst());
    }

    @Override
    public List<Patient> findByName(String part) {
        return transactions.read("search patients by name",
                connection -> load(connection, "WHERE p.name_folded LIKE ? ESCAPE '\\' ORDER BY p.name_folded, p.id",
                        NameFolding.containsPattern(part)));
    }

    @Override
    public List<Patient> findByBirthDate(LocalDate birthDate) {
        return transactions.read("search patients by birth date",
                connection -> load(connection, "WHERE p.birth_date = ? ORDER BY p.name_folded, p.id", birthDate));
    }

    private static long insert(Connection connection, Patient patient) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO patient (record_number, name, name_folded, birth_date, sex, weight_kg, weight_measured_on,"
                + " indication) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bindFields(insert, patient, 1);
            insert.executeUpdate();
            long id = Keys.generated(insert);
            insertScreening(connection, id, patient.screening());
            return id;
        }
    }

    private static void update(Connection connection, long id, Patient patient) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE patient SET record_number = ?, name = ?, name_folded = ?, birth_date = ?, sex = ?, weight_kg "
                    + "= ?,"
                + " weight_measured_on = ?, indication = ? WHERE id = ?")) {
            bindFields(update, patient, 1);
            update.setLong(9, id);
            update.executeUpdate();
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM screening_answer WHERE patient_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        insertScreening(connection, id, patient.screening());
    }

    private static void bindFields(PreparedStatement statement, Patient patient, int first) throws SQLException {
        statement.setString(first, patient.recordNumber());
        statement.setString(first + 1, patient.name());
        statement.setString(first + 2, NameFolding.fold(patient.name()));
        statement.setObject(first + 3, patient.birthDate());
        statement.setString(first + 4, patient.sex().name());
        Weight weight = patient.weight();
        if (weight == null) {
            statement.setNull(first + 5, Types.DECIMAL);
            statement.setNull(first + 6, Types.DATE);
        } else {
            statement.setBigDecimal(first + 5, weight.kilograms());
            statement.setObject(first + 6, weight.measuredOn());
        }
        statement.setString(first + 7, patient.indication());
    }

    private static void insertScreening(Connection connection, long patientId,
            Screening screening) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO screening_answer (patient_id, question, answer) VALUES (?, ?, ?)")) {
            for (Map.Entry<ScreeningQuestion, Answer> answer : screening.answers().entrySet()) {
                insert.setLong(1, patientId);
                insert.setString(2, answer.getKey().name());
                insert.setString(3, answer.getValue().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The patients the condition selects, one per id, in the condition's order. */
    private static List<Patient> load(Connection connection, String condition, Object parameter) throws SQLException {
        Map<Long, PatientRow> rows = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + condition)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    PatientRow patient = rows.computeIfAbsent(row.getLong("id"), id -> new PatientRow());
                    patient.read(row);
                }
            }
        }
        List<Patient> patients = new ArrayList<>(rows.size());
        rows.values().forEach(row -> patients.add(row.toPatient()));
        return patients;
    }

    /** One patient gathered from its joined rows (one row per screening answer). */
    private static final class PatientRow {
        private String recordNumber;
        private String name;
        private LocalDate birthDate;
        private Sex sex;
        private Weight weight;
        private String indication;
        private final Map<ScreeningQuestion, Answer> answers = new EnumMap<>(ScreeningQuestion.class);

        void read(ResultSet row) throws SQLException {
            if (recordNumber == null) {
                recordNumber = row.getString("record_number");
                name = row.getString("name");
                birthDate = row.getObject("birth_date", LocalDate.class);
                sex = Sex.valueOf(row.getString("sex"));
                BigDecimal kg = Decimals.read(row, "weight_kg");
                weight = kg == null ? null : new Weight(kg, row.getObject("weight_measured_on", LocalDate.class));
                indication = row.getString("indication");
            }
            String question = row.getString("question");
            if (question != null) {
                answers.put(ScreeningQuestion.valueOf(question), Answer.valueOf(row.getString("answer")));
            }
        }

        Patient toPatient() {
            return new Patient(recordNumber, name, birthDate, sex, weight, indication, new Screening(answers));
        }
    }
}
