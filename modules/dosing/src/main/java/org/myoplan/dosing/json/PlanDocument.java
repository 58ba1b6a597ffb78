package org.myoplan.dosing.json;

import java.util.List;
import org.myoplan.dosing.Patient;
import org.myoplan.dosing.Session;
import org.myoplan.dosing.rules.Acknowledgement;

/** A plan as the check command reads it: the patient's facts, earlier sessions, the session, and acknowledgements. */
public record PlanDocument(Patient patient, List<Session> history, Session session, List<Acknowledgement> acknowledgements) {

    public PlanDocument {
        history = List.copyOf(history);
        acknowledgements = List.copyOf(acknowledgements);
    }
}
