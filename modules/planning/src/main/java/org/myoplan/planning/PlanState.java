package org.myoplan.planning;

import java.util.List;
import java.util.Objects;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Session;

/**
 * Everything a clinician can change in a plan, as one immutable value: the session with its targets
 * and the acknowledgements given so far. Undo and redo swap whole states, which keeps them exact.
 */
public record PlanState(Session session, List<Acknowledgement> acknowledgements) {

    public PlanState {
        Objects.requireNonNull(session, "session");
        acknowledgements = List.copyOf(acknowledgements);
    }

    public PlanState withSession(Session newSession) {
        return new PlanState(newSession, acknowledgements);
    }
}
