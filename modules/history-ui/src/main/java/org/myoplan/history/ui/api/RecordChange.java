package org.myoplan.history.ui.api;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One change of the patient records, announced once its transaction has committed: what was saved,
 * whose record it belongs to (the patient's record number) and, for a session or an assessment, its id.
 * Windows that show a patient compare the record number with theirs and read that patient again.
 */
public record RecordChange(Kind kind, String recordNumber, OptionalLong id) {

    /** What was saved. */
    public enum Kind {
        /** A new patient, or a patient's details edited (the record number is the patient's key). */
        PATIENT,
        /** A session planned, or a kept session saved again (planned, administered, cancelled). */
        SESSION,
        /** A baseline or follow-up assessment recorded. */
        ASSESSMENT
    }

    public RecordChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(id, "id");
    }

    static RecordChange patient(String recordNumber) {
        return new RecordChange(Kind.PATIENT, recordNumber, OptionalLong.empty());
    }

    static RecordChange session(String recordNumber, long sessionId) {
        return new RecordChange(Kind.SESSION, recordNumber, OptionalLong.of(sessionId));
    }

    static RecordChange assessment(String recordNumber, long assessmentId) {
        return new RecordChange(Kind.ASSESSMENT, recordNumber, OptionalLong.of(assessmentId));
    }

    /** True when the change belongs to this patient's record. */
    public boolean concerns(String patientRecordNumber) {
        return recordNumber.equals(patientRecordNumber);
    }
}
