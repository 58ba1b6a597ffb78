package org.myoplan.history;

import java.util.List;
import java.util.Objects;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Session;

/** A session as the history holds it: its id, the session with its targets, and the acknowledged warnings. */
public record StoredSession(long id, String recordNumber, Session session, List<Acknowledgement> acknowledgements) {

    public StoredSession {
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(session, "session");
        acknowledgements = List.copyOf(acknowledgements);
    }
}
