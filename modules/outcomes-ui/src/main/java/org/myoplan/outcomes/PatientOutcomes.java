package org.myoplan.outcomes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.StoredAssessment;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Assessment;
import org.myoplan.model.Patient;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Target;

/**
 * What the Outcomes window and the Add Assessment dialog know of a patient: assessments oldest first, sessions newest
 * first.
 */
public record PatientOutcomes(Patient patient, List<StoredAssessment> assessments, List<StoredSession> sessions) {

    public PatientOutcomes {
        assessments = List.copyOf(assessments);
        sessions = List.copyOf(sessions);
    }

    /** Reads them from the records; call off the event thread. */
    public static PatientOutcomes read(HistoryDatabase db, Patient patient) {
        return new PatientOutcomes(patient, db.assessments().ofPatient(patient.recordNumber()),
                db.sessions().history(patient.recordNumber()));
    }

    /**
     * The muscles to grade by default when no session is chosen: the targets of the newest session not
     * cancelled, planned ones included, since a baseline is taken before the planned injection.
     */
    public List<Target> newestTargets() {
        return sessions.stream().filter(s -> s.session().status() != SessionStatus.CANCELLED)
                .max(Comparator.comparing((StoredSession s) -> s.session().date()))
                .map(s -> s.session().targets()).orElse(List.of());
    }

    /** The goals last agreed, to be scored again: GAS scores the same goals at each follow-up. */
    public List<String> lastGoals() {
        return assessments.stream().map(StoredAssessment::assessment).filter(a -> !a.goals().isEmpty())
                .max(Comparator.comparing(Assessment::date))
                .map(a -> a.goals().stream().map(Assessment.Goal::text).toList()).orElse(List.of());
    }

    public Optional<StoredSession> session(long id) {
        return SessionLabels.find(id, sessions);
    }
}
