package org.myoplan.planning.ui;

import java.util.OptionalLong;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.ui.PatientRecords;
import org.myoplan.planning.PlanState;

/** Keeps a plan in the patient records: a new session the first time, the same session after that. */
final class SessionStore {

    private SessionStore() {
    }

    /** Saves and returns the session's id; one transaction with its audit row. */
    static long save(HistoryDatabase db, String recordNumber, OptionalLong sessionId, PlanState state) {
        if (sessionId.isPresent()) {
            db.sessions().replace(sessionId.getAsLong(), state.session(), state.acknowledgements(), PatientRecords.clinician());
            return sessionId.getAsLong();
        }
        return db.sessions().add(recordNumber, state.session(), state.acknowledgements(), PatientRecords.clinician());
    }
}
