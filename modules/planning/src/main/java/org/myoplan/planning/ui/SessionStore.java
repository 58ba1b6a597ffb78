package org.myoplan.planning.ui;

import java.util.OptionalLong;
import org.myoplan.atlas.Atlas;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.planning.AtlasIdentity;
import org.myoplan.planning.PlanState;

/**
 * Keeps a plan in the patient records: a new session the first time, the same session after that. The
 * records announce the save to the windows that show the patient (history, outcomes).
 */
final class SessionStore {

    private SessionStore() {
    }

    /**
     * Saves and returns the session's id; one transaction with its audit row. The session names the atlas
     * its injection sites are on, so that opened on another it can move them there.
     */
    static long save(HistoryDatabase db, String recordNumber, OptionalLong sessionId, PlanState state,
            Atlas sitesAtlas) {
        String atlas = AtlasIdentity.of(sitesAtlas);
        if (sessionId.isPresent()) {
            PatientRecords.replaceSession(db, recordNumber, sessionId.getAsLong(), state.session(),
                    state.acknowledgements(),
                    atlas);
            return sessionId.getAsLong();
        }
        return PatientRecords.addSession(db, recordNumber, state.session(), state.acknowledgements(), atlas);
    }
}
