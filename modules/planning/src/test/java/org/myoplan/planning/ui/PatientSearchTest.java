package org.myoplan.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myoplan.history.PatientRepository;
import org.myoplan.model.Patient;
import org.myoplan.model.Screening;
import org.myoplan.model.Sex;

/** What the Patients window's search box finds: by record number, birth date or name, each patient once. */
class PatientSearchTest {

    private static Patient patient(String record, String name, String born) {
        return new Patient(record, name, LocalDate.parse(born), Sex.UNKNOWN, null, "", Screening.notAsked());
    }

    private static final List<Patient> CLINIC = List.of(
            patient("1957", "Ana Novak", "1957-06-02"),
            patient("R-2", "Jan 1957 Test", "1960-01-01"),
            patient("R-3", "Zoë Müller", "1957-06-02"),
            patient("R-4", "Petra Horvat", "1970-03-03"));

    /** The repository as far as the search uses it, over a list. */
    private static final PatientRepository RECORDS = new PatientRepository() {
        @Override
        public void save(Patient patient, String by) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Patient> findByRecordNumber(String recordNumber) {
            return CLINIC.stream().filter(p -> p.recordNumber().equals(recordNumber)).findFirst();
        }

        @Override
        public List<Patient> findByName(String part) {
            List<Patient> found = new ArrayList<>();
            CLINIC.stream().filter(p -> p.name().toLowerCase().contains(part.toLowerCase())).forEach(found::add);
            return found;
        }

        @Override
        public List<Patient> findByBirthDate(LocalDate birthDate) {
            return CLINIC.stream().filter(p -> p.birthDate().equals(birthDate)).toList();
        }
    };

    private static List<String> records(String query) {
        return PatientChildren.search(RECORDS, query).stream().map(Patient::recordNumber).toList();
    }

    @Test
    void anEmptySearchListsEveryone() {
        assertEquals(List.of("1957", "R-2", "R-3", "R-4"), records("  "));
    }

    @Test
    void aRecordNumberComesFirstThenNamesThatContainIt() {
        assertEquals(List.of("1957", "R-2"), records("1957"));
    }

    @Test
    void aBirthDateFindsEveryoneBornThatDayOnce() {
        assertEquals(List.of("1957", "R-3"), records("1957-06-02"));
    }

    @Test
    void aNameFindsByPart() {
        assertEquals(List.of("R-4"), records("horv"));
    }
}
