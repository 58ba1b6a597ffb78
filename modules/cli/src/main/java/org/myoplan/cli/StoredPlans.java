package org.myoplan.cli;

import java.util.List;
import org.myoplan.dosing.json.PlanInputException;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistorySettings;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Patient;
import org.myoplan.model.Plan;
import org.myoplan.model.Session;

/** A session of the patient records as a plan: its patient, the sessions before it, and its acknowledgements. */
final class StoredPlans {

    private StoredPlans() {
    }

    /**
     * Reads without changing anything; the records are closed without a backup (the application takes those).
     *
     * @throws PlanInputException when there is no such session
     */
    static Plan read(HistorySettings settings, long sessionId) throws PlanInputException {
        HistoryDatabase database = HistoryDatabase.open(settings);
        try {
            StoredSession stored = database.sessions().find(sessionId)
                    .orElseThrow(() -> new PlanInputException("no session " + sessionId + " in the patient records"));
            Patient patient = database.patients().findByRecordNumber(stored.recordNumber())
                    .orElseThrow(() ->
                            new PlanInputException("session " + sessionId
                            + " names a patient who is not in the records"));
            List<Session> earlier = database.sessions().history(stored.recordNumber()).stream()
                    .filter(s -> s.id() != sessionId && !s.session().date().isAfter(stored.session().date()))
                    .map(StoredSession::session).toList();
            return new Plan(patient, earlier, stored.session(), stored.acknowledgements());
        } finally {
            database.closeWithoutBackup();
        }
    }
}
