package org.myoplan.model;

import java.util.List;

/**
 * A treatment plan: the patient's facts, the patient's earlier sessions, the session being planned,
 * and the clinician's acknowledgements of its findings. The session editor, the PDFs, the plan file
 * and the check command all work on this one value.
 */
public record Plan(Patient patient, List<Session> history, Session session, List<Acknowledgement> acknowledgements) {

    public Plan {
        history = List.copyOf(history);
        acknowledgements = List.copyOf(acknowledgements);
    }
}
