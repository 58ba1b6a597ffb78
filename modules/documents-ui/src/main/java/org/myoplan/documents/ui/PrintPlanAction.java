package org.myoplan.documents.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import javax.swing.SwingUtilities;
import org.myoplan.atlas.Atlas;
import org.myoplan.documents.PlanPictures;
import org.myoplan.documents.PrintableDocument;
import org.myoplan.documents.TreatmentPlanPdf;
import org.myoplan.dosing.json.PlanDocument;
import org.myoplan.dosing.json.PlanInputException;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.PlanChecker;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.dosing.rules.PlanReview;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/** File > Print Plan: the treatment plan of a plan file through the system's print dialog. */
@ActionID(category = "File", id = "org.myoplan.documents.ui.PrintPlanAction")
@ActionRegistration(displayName = "#CTL_PrintPlan")
@ActionReference(path = "Menu/File", position = 1319)
@Messages({
    "CTL_PrintPlan=Print Plan...",
    "TITLE_ChoosePlanToPrint=Plan to Print",
    "PROGRESS_Print=Preparing the treatment plan for printing",
    "# {0} - reason",
    "MSG_PrintFailed=The plan could not be printed: {0}"
})
public final class PrintPlanAction implements ActionListener {

    private static final RequestProcessor PREPARER = new RequestProcessor("Plan printing", 1);

    @Override
    public void actionPerformed(ActionEvent e) {
        File plan = new FileChooserBuilder(ExportPlanAction.class).setTitle(Bundle.TITLE_ChoosePlanToPrint())
                .setFileHiding(true).showOpenDialog();
        if (plan != null) {
            PREPARER.post(() -> prepare(plan));
        }
    }

    /** Writes the plan in the background, then shows the print dialog on the event thread. */
    private static void prepare(File plan) {
        ProgressHandle progress = ProgressHandle.createHandle(Bundle.PROGRESS_Print());
        progress.start();
        try (PlanPictures pictures = new PlanPictures(Atlas.loadDefault())) {
            PlanDocument document = ExportPlanAction.read(plan);
            PlanFacts facts = new PlanFacts(document.patient(), document.session(), document.history(), ReferenceData.builtIn());
            PlanReview review = new PlanReview(document.acknowledgements());
            review.update(new PlanChecker().check(facts));
            var images = pictures.of(facts, 500, 750);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new TreatmentPlanPdf(DocumentSettings.header(), DocumentSettings.paper()).write(facts, review, images, PlanPictures.legend(), pdf);
            SwingUtilities.invokeLater(() -> print(pdf.toByteArray(), plan.getName()));
        } catch (IOException | PlanInputException | RuntimeException ex) {
            ExportPlanAction.tell(Bundle.MSG_PrintFailed(ex.getMessage()), NotifyDescriptor.ERROR_MESSAGE);
        } finally {
            progress.finish();
        }
    }

    private static void print(byte[] pdf, String name) {
        try (PrintableDocument document = PrintableDocument.of(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName("Treatment plan " + name);
            job.setPageable(document);
            if (job.printDialog()) {
                job.print();
            }
        } catch (IOException | PrinterException ex) {
            ExportPlanAction.tell(Bundle.MSG_PrintFailed(ex.getMessage()), NotifyDescriptor.ERROR_MESSAGE);
        }
    }
}
