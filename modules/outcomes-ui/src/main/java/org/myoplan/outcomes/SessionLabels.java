package org.myoplan.outcomes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.myoplan.history.StoredSession;
import org.myoplan.model.SessionStatus;

/** How a session is named where an assessment refers to it: its date and product, as the clinician remembers it. */
public final class SessionLabels {

    private SessionLabels() {
    }

    /** "2026-07-20 BOTOX", and "(planned)" for one not yet given: short enough for a chart marker. */
    static String shortLabel(StoredSession stored) {
        return stored.session().date() + " " + stored.session().product().brand() + status(stored);
    }

    /** "2026-07-20 onabotulinumtoxinA (BOTOX), 4 muscles": for the session choice and the table. */
    public static String longLabel(StoredSession stored) {
        int muscles = stored.session().targets().size();
        return stored.session().date() + " " + stored.session().product().displayName() + ", " + muscles
                + (muscles == 1 ? " muscle" : " muscles") + status(stored);
    }

    /** The label of the session an assessment follows; an id the list does not hold is still shown, not hidden. */
    static String followed(OptionalLong sessionId, List<StoredSession> sessions) {
        if (sessionId.isEmpty()) {
            return "";
        }
        return find(sessionId.getAsLong(), sessions).map(SessionLabels::shortLabel)
                .orElse("session " + sessionId.getAsLong());
    }

    static Optional<StoredSession> find(long sessionId, List<StoredSession> sessions) {
        return sessions.stream().filter(s -> s.id() == sessionId).findFirst();
    }

    private static String status(StoredSession stored) {
        SessionStatus status = stored.session().status();
        return status == SessionStatus.PLANNED ? " (planned)" : status == SessionStatus.CANCELLED ? " (cancelled)" : "";
    }
}
