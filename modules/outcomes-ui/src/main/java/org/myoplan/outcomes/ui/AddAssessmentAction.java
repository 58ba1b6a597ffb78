package org.myoplan.outcomes.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.myoplan.history.ui.api.PatientActionsFolder;
import org.myoplan.model.Patient;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Add Assessment..., in a patient's popup menu: records a baseline or follow-up assessment of that patient. */
@ActionID(category = "Patient", id = "org.myoplan.outcomes.ui.AddAssessmentAction")
@ActionRegistration(displayName = "#CTL_AddAssessment")
@ActionReference(path = PatientActionsFolder.PATH, position = 610)
@Messages("CTL_AddAssessment=Add Assessment...")
public final class AddAssessmentAction implements ActionListener {

    private final Patient patient;

    public AddAssessmentAction(Patient patient) {
        this.patient = patient;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        AssessmentDialog.open(patient); // the records announce the save: an open Outcomes window follows
    }
}
