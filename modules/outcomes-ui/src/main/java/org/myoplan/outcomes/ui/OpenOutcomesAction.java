package org.myoplan.outcomes.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.myoplan.history.ui.api.PatientActionsFolder;
import org.myoplan.model.Patient;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Outcomes, in a patient's popup menu: opens the Outcomes window on that patient. */
@ActionID(category = "Patient", id = "org.myoplan.outcomes.ui.OpenOutcomesAction")
@ActionRegistration(displayName = "#CTL_OpenOutcomes")
@ActionReference(path = PatientActionsFolder.PATH, position = 600)
@Messages("CTL_OpenOutcomes=Outcomes")
public final class OpenOutcomesAction implements ActionListener {

    private final Patient patient;

    public OpenOutcomesAction(Patient patient) {
        this.patient = patient;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        OutcomesTopComponent.openFor(patient);
    }
}
