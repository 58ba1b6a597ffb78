package org.myoplan.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.myoplan.model.Patient;

/** The patients, found by the ways a clinic looks them up. */
public interface PatientRepository {

    /** Adds the patient, or updates the one with the same record number; {@code by} goes in the audit log. */
    void save(Patient patient, String by);

    Optional<Patient> findByRecordNumber(String recordNumber);

    /** Patients whose name contains {@code part}, ignoring case and accents ("muller" finds "Müller"), by name. */
    List<Patient> findByName(String part);

    List<Patient> findByBirthDate(LocalDate birthDate);
}
