package org.myoplan.planning.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.myoplan.history.PatientRepository;
import org.myoplan.model.Patient;
import org.openide.nodes.Children;
import org.openide.nodes.Node;

/**
 * The patients that answer a search: by record number, by name (accents and case ignored) or by birth
 * date (year-month-day). Keys are set on the event thread once the records have answered.
 */
final class PatientChildren extends Children.Keys<Patient> {

    /** The search's answer: one record number may match both as a number and by name; it is listed once. */
    static List<Patient> search(PatientRepository patients, String text) {
        String query = text.strip();
        LinkedHashMap<String, Patient> found = new LinkedHashMap<>();
        if (query.isEmpty()) {
            patients.findByName("").forEach(p -> found.put(p.recordNumber(), p));
            return List.copyOf(found.values());
        }
        patients.findByRecordNumber(query).ifPresent(p -> found.put(p.recordNumber(), p));
        birthDate(query).ifPresent(d -> patients.findByBirthDate(d).forEach(p -> found.put(p.recordNumber(), p)));
        patients.findByName(query).forEach(p -> found.putIfAbsent(p.recordNumber(), p));
        return List.copyOf(found.values());
    }

    private static Optional<LocalDate> birthDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private List<Patient> shown = List.of();

    void show(List<Patient> patients) {
        shown = List.copyOf(patients);
        setKeys(shown);
    }

    /** Shows the patient's new details in place of the old ones; false when the patient is not listed. */
    boolean replace(Patient changed) {
        boolean listed = shown.stream().anyMatch(p -> p.recordNumber().equals(changed.recordNumber()));
        if (listed) {
            show(shown.stream().map(p -> p.recordNumber().equals(changed.recordNumber()) ? changed : p).toList());
        }
        return listed;
    }

    @Override
    protected Node[] createNodes(Patient patient) {
        return new Node[] {new PatientNode(patient)};
    }
}
