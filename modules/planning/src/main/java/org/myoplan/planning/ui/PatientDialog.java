package org.myoplan.planning.ui;

import java.awt.Dialog;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.model.Patient;
import org.myoplan.planning.PatientInput;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotificationLineSupport;
import org.openide.util.NbBundle.Messages;

/**
 * New Patient and Edit Patient: the form with the screening, checked as the clinician types (the first
 * problem shows on the dialog's message line and OK waits until there is none). The dialog stays open
 * until the records have kept the patient, so a failed save loses nothing typed.
 */
@Messages({
    "TITLE_NewPatient=New Patient",
    "# {0} - name",
    "TITLE_EditPatient=Edit Patient: {0}",
    "PROGRESS_SavePatient=Saving the patient",
    "# {0} - record number",
    "MSG_RecordNumberTaken=Record number {0} belongs to another patient: open that patient, or choose another number"
})
final class PatientDialog {

    private final PatientForm form;
    private final DialogDescriptor descriptor;
    private final NotificationLineSupport messages;
    private final boolean isNew;
    private final Consumer<Patient> saved;
    private Dialog dialog;

    private PatientDialog(PatientForm form, String title, boolean isNew, Consumer<Patient> saved) {
        this.form = form;
        this.isNew = isNew;
        this.saved = saved;
        this.descriptor = new DialogDescriptor(form, title, true, DialogDescriptor.OK_CANCEL_OPTION,
                DialogDescriptor.OK_OPTION, null);
        descriptor.setClosingOptions(new Object[] {DialogDescriptor.CANCEL_OPTION});
        descriptor.setButtonListener(e -> {
            if (e.getSource() == DialogDescriptor.OK_OPTION) {
                save();
            }
        });
        this.messages = descriptor.createNotificationLineSupport();
        form.onChange(this::validate);
    }

    /** Asks for a new patient; {@code saved} hears of the patient once kept. */
    static void createNew(Consumer<Patient> saved) {
        new PatientDialog(new PatientForm(null), Bundle.TITLE_NewPatient(), true, saved).show();
    }

    /** Edits the patient's details; the records announce the change to the windows that show them. */
    static void edit(Patient patient) {
        new PatientDialog(new PatientForm(patient), Bundle.TITLE_EditPatient(patient.name()), false, kept -> { })
                .show();
    }

    private void show() {
        validate();
        messages.clearMessages(); // an empty form is not yet an error; the first keystroke shows what is missing
        dialog = DialogDisplayer.getDefault().createDialog(descriptor);
        dialog.setVisible(true);
    }

    private PatientInput.Result read() {
        return form.input().read(Locale.getDefault(), LocalDate.now());
    }

    private void validate() {
        PatientInput.Result result = read();
        descriptor.setValid(result.ok());
        result.firstProblem().ifPresentOrElse(messages::setErrorMessage, messages::clearMessages);
    }

    private void save() {
        PatientInput.Result result = read();
        if (!result.ok()) {
            validate();
            return;
        }
        Patient patient = result.patient();
        descriptor.setValid(false); // one save at a time
        Records.run(Bundle.PROGRESS_SavePatient(), db -> {
            if (isNew && db.patients().findByRecordNumber(patient.recordNumber()).isPresent()) {
                throw new IllegalArgumentException(Bundle.MSG_RecordNumberTaken(patient.recordNumber()));
            }
            PatientRecords.savePatient(db, patient); // announced: the Patients window shows the new details
            return patient;
        }, kept -> {
            dialog.setVisible(false);
            dialog.dispose();
            saved.accept(kept);
        }, problem -> {
            messages.setErrorMessage(problem);
            descriptor.setValid(true);
        });
    }
}
