package org.myoplan.planning.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.myoplan.history.ui.api.PatientActionsFolder;
import org.myoplan.model.Patient;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * What can be done with the patient selected in the Patients window (or whose window is active):
 * registered under the patient node's actions folder and in the menus, enabled only with a patient.
 */
@Messages({
    "CTL_NewSession=New Session",
    "CTL_EditPatient=Edit Patient...",
    "CTL_PatientHistory=History",
    "CTL_NewPatient=New Patient..."
})
final class PatientActions {

    private PatientActions() {
    }

    @ActionID(category = "Patient", id = "org.myoplan.planning.ui.PatientHistory")
    @ActionRegistration(displayName = "#CTL_PatientHistory", iconBase = "org/myoplan/planning/ui/session.png")
    @ActionReferences({
        @ActionReference(path = PatientActionsFolder.PATH, position = 100),
        @ActionReference(path = "Menu/File", position = 30),
        @ActionReference(path = "Toolbars/Patients", position = 30),
        @ActionReference(path = "Shortcuts", name = "DS-H")
    })
    public static final class History implements ActionListener {
        private final Patient patient;

        public History(Patient patient) {
            this.patient = patient;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            PatientHistoryTopComponent.openFor(patient);
        }
    }

    @ActionID(category = "Patient", id = "org.myoplan.planning.ui.NewSession")
    @ActionRegistration(displayName = "#CTL_NewSession", iconBase = "org/myoplan/planning/ui/target.png")
    @ActionReferences({
        @ActionReference(path = PatientActionsFolder.PATH, position = 200),
        @ActionReference(path = "Menu/File", position = 20),
        @ActionReference(path = "Toolbars/Patients", position = 20),
        @ActionReference(path = "Shortcuts", name = "DS-N")
    })
    public static final class NewSession implements ActionListener {
        private final Patient patient;

        public NewSession(Patient patient) {
            this.patient = patient;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            SessionEditors.openNew(patient);
        }
    }

    @ActionID(category = "Patient", id = "org.myoplan.planning.ui.EditPatient")
    @ActionRegistration(displayName = "#CTL_EditPatient")
    @ActionReferences({
        @ActionReference(path = PatientActionsFolder.PATH, position = 300),
        @ActionReference(path = "Menu/File", position = 40, separatorAfter = 50)
    })
    public static final class EditPatient implements ActionListener {
        private final Patient patient;

        public EditPatient(Patient patient) {
            this.patient = patient;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            PatientDialog.edit(patient); // the records announce the change: the Patients window follows
        }
    }

    @ActionID(category = "Patient", id = "org.myoplan.planning.ui.NewPatient")
    @ActionRegistration(displayName = "#CTL_NewPatient", iconBase = "org/myoplan/planning/ui/patient.png")
    @ActionReferences({
        @ActionReference(path = "Menu/File", position = 10),
        @ActionReference(path = "Toolbars/Patients", position = 10),
        @ActionReference(path = "Shortcuts", name = "DS-P")
    })
    public static final class NewPatient implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            PatientDialog.createNew(saved -> {
                PatientsTopComponent patients = PatientsTopComponent.find();
                if (patients != null) {
                    patients.open();
                    patients.requestActive();
                    patients.refreshAndSelect(saved);
                }
            });
        }
    }
}
