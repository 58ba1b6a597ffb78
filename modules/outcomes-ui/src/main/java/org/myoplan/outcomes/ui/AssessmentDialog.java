package org.myoplan.outcomes.ui;

import java.awt.Dialog;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.swing.JButton;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.model.Assessment;
import org.myoplan.model.Patient;
import org.myoplan.outcomes.AssessmentEntry;
import org.myoplan.outcomes.MuscleChoices;
import org.myoplan.outcomes.PatientOutcomes;
import org.myoplan.ui.support.Background;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotificationLineSupport;
import org.openide.util.HelpCtx;
import org.openide.util.NbBundle.Messages;

/**
 * Add Assessment: the form in a dialog whose notification line says what is missing or wrong as the
 * clinician types. Save writes the assessment off the event thread; if that fails the dialog stays open
 * with everything entered, and says why.
 */
@Messages({
    "# {0} - patient name", "# {1} - record number",
    "TITLE_AddAssessment=Add Assessment: {0} ({1})",
    "BTN_Save=Save",
    "PROGRESS_Save=Saving the assessment",
    "# {0} - patient name",
    "PROGRESS_Read=Reading the records of {0}",
    "# {0} - patient name", "# {1} - reason",
    "MSG_ReadFailed=The records of {0} could not be read: {1}",
    "MSG_RecordsClosed=The patient records are not open: nothing was saved. Your entries are still here.",
    "# {0} - reason",
    "MSG_NotSaved=Not saved: {0}. Your entries are still here."
})
final class AssessmentDialog {

    private static final Background WORKER = new Background("Add Assessment");

    private AssessmentDialog() {
    }

    /** Reads the patient's records in the background, then opens the dialog; the records announce a save. */
    static void open(Patient patient) {
        // When the records cannot be opened, the clinician has been told why.
        WORKER.run(Bundle.PROGRESS_Read(patient.name()),
                () -> PatientRecords.database().map(db -> PatientOutcomes.read(db, patient)),
                outcomes -> outcomes.ifPresent(AssessmentDialog::show),
                e -> OutcomesTopComponent.tell(Bundle.MSG_ReadFailed(patient.name(), e.getMessage())));
    }

    /** Opens the dialog for records already read; on the event thread. */
    static void show(PatientOutcomes outcomes) {
        Patient patient = outcomes.patient();
        AssessmentPanel panel = new AssessmentPanel(outcomes, LocalDate.now());
        AssessmentEntry entry = new AssessmentEntry(LocalDate.now(), MuscleChoices::nameOf);
        JButton save = new JButton(Bundle.BTN_Save());
        save.setName("assessment.save");
        DialogDescriptor descriptor = new DialogDescriptor(panel, Bundle.TITLE_AddAssessment(patient.name(),
                patient.recordNumber()), true, new Object[] {save, DialogDescriptor.CANCEL_OPTION}, save,
                DialogDescriptor.DEFAULT_ALIGN, HelpCtx.DEFAULT_HELP, null);
        // Only Cancel closes by itself: Save closes the dialog once the records have the assessment.
        descriptor.setClosingOptions(new Object[] {DialogDescriptor.CANCEL_OPTION});
        NotificationLineSupport line = descriptor.createNotificationLineSupport();
        Dialog dialog = DialogDisplayer.getDefault().createDialog(descriptor);

        panel.checkWith(entry, checked -> {
            show(checked, panel.edited(), line);
            save.setEnabled(checked.saveable());
        });
        save.addActionListener(e -> {
            AssessmentEntry.Draft draft = panel.finishedDraft();
            AssessmentEntry.Checked checked = entry.check(draft, outcomes.sessions());
            show(checked, true, line);
            checked.assessment().ifPresent(assessment -> {
                save.setEnabled(false);
                store(patient, draft.sessionId(), assessment, dialog::dispose, problem -> {
                    line.setErrorMessage(problem);
                    save.setEnabled(true);
                });
            });
        });
        dialog.setVisible(true);
    }

    private static void show(AssessmentEntry.Checked checked, boolean edited, NotificationLineSupport line) {
        if (!checked.errors().isEmpty()) {
            // Before the first edit, what is missing is what to do next rather than a mistake.
            if (edited) {
                line.setErrorMessage(checked.errors().get(0));
            } else {
                line.setInformationMessage(checked.errors().get(0));
            }
        } else if (!checked.warnings().isEmpty()) {
            line.setWarningMessage(String.join(" ", checked.warnings()));
        } else {
            line.clearMessages();
        }
    }

    /** Adds the assessment off the event thread; then {@code done}, or {@code failed} with the reason, on it. */
    private static void store(Patient patient, OptionalLong sessionId, Assessment assessment, Runnable done,
            Consumer<String> failed) {
        WORKER.run(Bundle.PROGRESS_Save(), () -> {
            Optional<HistoryDatabase> db = PatientRecords.database();
            db.ifPresent(d -> PatientRecords.addAssessment(d, patient.recordNumber(), sessionId, assessment));
            return db.isPresent();
        }, saved -> {
            if (saved) {
                done.run();
            } else {
                failed.accept(Bundle.MSG_RecordsClosed());
            }
        }, e -> failed.accept(Bundle.MSG_NotSaved(e.getMessage())));
    }

}
