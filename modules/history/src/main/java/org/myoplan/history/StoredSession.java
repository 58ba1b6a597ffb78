package org.myoplan.history;

import java.util.List;
import java.util.Objects;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Session;

/**
 * A session as the history holds it: its id, the session with its targets, the acknowledged warnings, and
 * the name of the atlas its injection points were placed on (empty: before sessions recorded it, when
 * there was only the built-in atlas).
 */
public record StoredSession(long id, String recordNumber, Session session, List<Acknowledgement> acknowledgements,
        String pointsAtlas) {

    public StoredSession {
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(session, "session");
        acknowledgements = List.copyOf(acknowledgements);
        pointsAtlas = pointsAtlas == null ? "" : pointsAtlas;
    }

    /** A session whose points' atlas is not recorded. */
    public StoredSession(long id, String recordNumber, Session session, List<Acknowledgement> acknowledgements) {
        this(id, recordNumber, session, acknowledgements, "");
    }
}
