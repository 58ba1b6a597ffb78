package org.myoplan.planning.ui;

import java.util.List;
import java.util.OptionalLong;
import org.myoplan.history.AcknowledgedWarning;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.ui.PatientRecords;
import org.myoplan.model.Acknowledgement;
import org.myoplan.planning.PlanState;

/** Keeps a plan in the patient records: a new session the first time, the same session after that. */
final class SessionStore {

    private SessionStore() {
    }

    /** Saves and returns the session's id; one transaction with its audit row. */
    static long save(HistoryDatabase db, String recordNumber, OptionalLong sessionId, PlanState state) {
        List<AcknowledgedWarning> warnings = state.acknowledgements().stream().map(SessionStore::warning).toList();
        if (sessionId.isPresent()) {
            db.sessions().replace(sessionId.getAsLong(), state.session(), warnings, PatientRecords.clinician());
            return sessionId.getAsLong();
        }
        return db.sessions().add(recordNumber, state.session(), warnings, PatientRecords.clinician());
    }

    static List<Acknowledgement> acknowledgements(List<AcknowledgedWarning> warnings) {
        return warnings.stream()
                .map(w -> new Acknowledgement(w.findingKey(), w.reason(), w.clinician(), w.at(), w.override())).toList();
    }

    private static AcknowledgedWarning warning(Acknowledgement a) {
        return new AcknowledgedWarning(a.findingKey(), a.reason(), a.clinician(), a.at(), a.override());
    }
}
