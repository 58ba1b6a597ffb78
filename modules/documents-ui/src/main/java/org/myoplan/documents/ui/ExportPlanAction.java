package org.myoplan.documents.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.myoplan.documents.ui.api.PlanDocuments;
import org.myoplan.dosing.json.PlanInputException;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Plan;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;

/**
 * File > Export Plan and Consent: the two PDFs of a plan file (the format of the command line's
 * check). A session open in the application exports from its editor.
 */
@ActionID(category = "File", id = "org.myoplan.documents.ui.ExportPlanAction")
@ActionRegistration(displayName = "#CTL_ExportPlan")
@ActionReference(path = "Menu/File", position = 1317)
@Messages({
    "CTL_ExportPlan=Export Plan File...",
    "TITLE_ChoosePlan=Plan to Export",
    "TITLE_ChooseFolder=Folder for the PDFs",
    "LBL_Choose=Choose",
    "LBL_Export=Export",
    "LBL_PlanFiles=Plan files (*.json)"
})
public final class ExportPlanAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        File plan = planChooser(Bundle.TITLE_ChoosePlan()).showOpenDialog();
        if (plan == null) {
            return;
        }
        File folder = PlanDocuments.chooseFolder();
        if (folder != null) {
            // the file is read with the export, in the background; a bad file is told as a failed export
            PlanDocuments.export(() -> read(plan), ReferenceData.builtIn(), folder);
        }
    }

    /** The folder chooser: its button says what happens next, Export (not Open). */
    public static FileChooserBuilder folderChooser() {
        return new FileChooserBuilder(ExportPlanAction.class.getName() + ".folder")
                .setTitle(Bundle.TITLE_ChooseFolder())
                .setDirectoriesOnly(true).setApproveText(Bundle.LBL_Export());
    }

    /** A chooser of plan files (JSON, the command line's format), whose button says Choose (not Open). */
    static FileChooserBuilder planChooser(String title) {
        return new FileChooserBuilder(ExportPlanAction.class).setTitle(title).setFileHiding(true)
                .setFileFilter(new FileNameExtensionFilter(Bundle.LBL_PlanFiles(), "json"))
                .setApproveText(Bundle.LBL_Choose());
    }

    static Plan read(File plan) throws IOException, PlanInputException {
        try (Reader in = Files.newBufferedReader(plan.toPath(), StandardCharsets.UTF_8)) {
            return new PlanJsonReader().read(in);
        } catch (PlanInputException e) {
            throw new PlanInputException(plan.getName() + ": " + e.getMessage());
        }
    }
}
