package org.myoplan.documents.ui;

import java.awt.EventQueue;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.myoplan.history.ui.api.Clinician;
import org.myoplan.ui.support.TextChanges;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.HelpCtx;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.OnShowing;

/**
 * At the first start (as long as no clinician is set): who works with Myoplan, and in which clinic. The
 * clinician is recorded with each new session and printed on the documents, instead of the computer's
 * login name; both can be changed later in Tools > Options > Documents.
 */
@OnShowing
@Messages({
    "TITLE_FirstStart=Welcome to Myoplan",
    "LBL_FirstStartIntro=<html>Who works with Myoplan here? The clinician's name is recorded with each new session<br>"
            + "and printed on the documents. Both can be changed in Tools &gt; Options &gt; Documents.",
    "LBL_FirstStartClinician=Clinician's name:",
    "LBL_FirstStartClinic=Clinic's name:"
})
public final class FirstStartQuestion implements Runnable {

    static final String CLINICIAN_FIELD = "firstStart.clinician";
    static final String CLINIC_FIELD = "firstStart.clinic";

    @Override
    public void run() {
        if (Clinician.name().isEmpty()) {
            EventQueue.invokeLater(FirstStartQuestion::ask); // after the main window has shown
        }
    }

    private static void ask() {
        JTextField clinician = new JTextField(28);
        clinician.setName(CLINICIAN_FIELD);
        JTextField clinic = new JTextField(DocumentSettings.node().get(DocumentSettings.CLINIC, ""), 28);
        clinic.setName(CLINIC_FIELD);
        DialogDescriptor question = new DialogDescriptor(form(clinician, clinic), Bundle.TITLE_FirstStart(), true,
                DialogDescriptor.OK_CANCEL_OPTION, DialogDescriptor.OK_OPTION, null);
        question.setHelpCtx(new HelpCtx("myoplan.options.clinician"));
        question.setValid(false);
        TextChanges.onChange(() -> question.setValid(!clinician.getText().isBlank()), clinician);
        if (DialogDisplayer.getDefault().notify(question) == DialogDescriptor.OK_OPTION) {
            Clinician.setName(clinician.getText());
            DocumentSettings.node().put(DocumentSettings.CLINIC, clinic.getText().strip());
        }
    }

    private static JPanel form(JTextField clinician, JTextField clinic) {
        JPanel form = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(6, 8, 6, 8);
        c.anchor = GridBagConstraints.WEST;
        c.gridwidth = 2;
        form.add(new JLabel(Bundle.LBL_FirstStartIntro()), c);
        c.gridwidth = 1;
        c.gridy = 1;
        form.add(new JLabel(Bundle.LBL_FirstStartClinician()), c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(clinician, c);
        c.gridy = 2;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        form.add(new JLabel(Bundle.LBL_FirstStartClinic()), c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(clinic, c);
        return form;
    }
}
