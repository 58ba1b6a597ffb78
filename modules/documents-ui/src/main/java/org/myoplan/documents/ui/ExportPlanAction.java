package org.myoplan.documents.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.myoplan.atlas.Atlas;
import org.myoplan.documents.PlanExport;
import org.myoplan.documents.PlanPictures;
import org.myoplan.dosing.json.PlanDocument;
import org.myoplan.dosing.json.PlanInputException;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.ReferenceData;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * File > Export Plan and Consent: the two PDFs of a plan file, written in the background with progress.
 * (The session editor will export the open session the same way.)
 */
@ActionID(category = "File", id = "org.myoplan.documents.ui.ExportPlanAction")
@ActionRegistration(displayName = "#CTL_ExportPlan")
@ActionReference(path = "Menu/File", position = 1317)
@Messages({
    "CTL_ExportPlan=Export Plan and Consent...",
    "TITLE_ChoosePlan=Plan to Export",
    "TITLE_ChooseFolder=Folder for the PDFs",
    "PROGRESS_Export=Writing the treatment plan and consent sheet",
    "# {0} - plan file", "# {1} - consent file",
    "MSG_Exported=Written:\n{0}\n{1}",
    "# {0} - reason",
    "MSG_NoPictures=\n\nThe 3D pictures could not be drawn ({0}); the plan has none.",
    "# {0} - reason",
    "MSG_ExportFailed=The documents could not be written: {0}"
})
public final class ExportPlanAction implements ActionListener {

    private static final RequestProcessor WRITER = new RequestProcessor("Plan export", 1);

    @Override
    public void actionPerformed(ActionEvent e) {
        File plan = new FileChooserBuilder(ExportPlanAction.class).setTitle(Bundle.TITLE_ChoosePlan())
                .setFileHiding(true).showOpenDialog();
        if (plan == null) {
            return;
        }
        File folder = new FileChooserBuilder(ExportPlanAction.class.getName() + ".folder").setTitle(Bundle.TITLE_ChooseFolder())
                .setDirectoriesOnly(true).showOpenDialog();
        if (folder != null) {
            WRITER.post(() -> export(plan, folder));
        }
    }

    private static void export(File plan, File folder) {
        ProgressHandle progress = ProgressHandle.createHandle(Bundle.PROGRESS_Export());
        progress.start();
        try (PlanPictures pictures = new PlanPictures(Atlas.loadDefault())) {
            var header = DocumentSettings.header();
            PlanExport.Written written = new PlanExport(header, DocumentSettings.paper(), DocumentSettings.consent(header))
                    .write(read(plan), ReferenceData.builtIn(), pictures, folder.toPath());
            tell(Bundle.MSG_Exported(written.plan(), written.consent())
                    + (written.withPictures() ? "" : Bundle.MSG_NoPictures(written.picturesProblem())), NotifyDescriptor.INFORMATION_MESSAGE);
        } catch (IOException | PlanInputException | RuntimeException ex) {
            tell(Bundle.MSG_ExportFailed(ex.getMessage()), NotifyDescriptor.ERROR_MESSAGE);
        } finally {
            progress.finish();
        }
    }

    static PlanDocument read(File plan) throws IOException, PlanInputException {
        try (Reader in = Files.newBufferedReader(plan.toPath(), StandardCharsets.UTF_8)) {
            return new PlanJsonReader().read(in);
        } catch (PlanInputException e) {
            throw new PlanInputException(plan.getName() + ": " + e.getMessage());
        }
    }

    static void tell(String message, int type) {
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(message, type));
    }
}
