package org.myoplan.documents.ui.api;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import org.myoplan.atlas.Atlas;
import org.myoplan.documents.PlanExport;
import org.myoplan.documents.PlanPictures;
import org.myoplan.documents.PrintableDocument;
import org.myoplan.documents.TreatmentPlanPdf;
import org.myoplan.documents.WhereToInject;
import org.myoplan.documents.ui.DocumentSettings;
import org.myoplan.documents.ui.ExportPlanAction;
import org.myoplan.documents.ui.ExportedDocuments;
import org.myoplan.dosing.PlanCheck;
import org.myoplan.dosing.json.PlanInputException;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Plan;
import org.myoplan.ui.support.Background;
import org.myoplan.viewer.api.AtlasService;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/**
 * The documents of a plan, for any module that has one (the File menu's plan files, the session
 * editor's open session): both PDFs written into a folder, or the treatment plan sent to a printer
 * through the system's print dialog. The work runs in the background with a progress bar; what goes
 * wrong is told in words.
 */
@Messages({
    "PROGRESS_Export=Writing the treatment plan and consent sheet",
    "# {0} - plan file", "# {1} - consent file",
    "MSG_Exported=Written:\n{0}\n{1}",
    "# {0} - reason",
    "MSG_NoPictures=\n\nThe 3D pictures could not be drawn ({0}); the plan has none.",
    "# {0} - reason",
    "MSG_ExportFailed=The documents could not be written: {0}",
    "PROGRESS_Print=Preparing the treatment plan for printing",
    "# {0} - reason",
    "MSG_PrintFailed=The plan could not be printed: {0}"
})
public final class PlanDocuments {

    private static final Background WRITER = new Background("Plan documents");

    /** Where the plan comes from: a session in memory, or a plan file read in the background. */
    @FunctionalInterface
    public interface PlanSource {
        Plan plan() throws IOException, PlanInputException;
    }

    private PlanDocuments() {
    }

    /**
     * Writes the plan's treatment plan and consent sheet into the folder, and says where. The findings
     * printed are checked against {@code reference}: the numbers the caller checks the plan with, so
     * the paper says what the screen said.
     */
    public static void export(Plan plan, ReferenceData reference, File folder) {
        export(() -> plan, reference, folder);
    }

    /** As {@link #export(Plan, ReferenceData, File)}, for a plan read in the background (a plan file). */
    public static void export(PlanSource source, ReferenceData reference, File folder) {
        Atlas atlas = shownAtlas();
        WRITER.run(Bundle.PROGRESS_Export(), () -> {
            Plan plan = source.plan();
            try (PlanPictures pictures = new PlanPictures(atlas)) {
                var header = DocumentSettings.header();
                return new PlanExport(header, DocumentSettings.paper(), DocumentSettings.consent(header))
                        .write(plan, reference, atlas, pictures, folder.toPath());
            }
        }, written -> ExportedDocuments.offer(Bundle.MSG_Exported(written.plan(), written.consent())
                + (written.withPictures() ? "" : Bundle.MSG_NoPictures(written.picturesProblem())),
                written.plan().toFile()),
                e -> tell(Bundle.MSG_ExportFailed(e.getMessage()), NotifyDescriptor.ERROR_MESSAGE));
    }

    /** Writes the treatment plan in the background, then shows the print dialog on the event thread. */
    public static void print(Plan plan, ReferenceData reference, String jobName) {
        print(() -> plan, reference, jobName);
    }

    /** As {@link #print(Plan, ReferenceData, String)}, for a plan read in the background (a plan file). */
    public static void print(PlanSource source, ReferenceData reference, String jobName) {
        Atlas atlas = shownAtlas();
        WRITER.run(Bundle.PROGRESS_Print(), () -> {
            Plan plan = source.plan();
            try (PlanPictures pictures = new PlanPictures(atlas)) {
                PlanCheck check = PlanCheck.of(plan, reference);
                var images = pictures.of(check.facts(), 500, 750);
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                new TreatmentPlanPdf(DocumentSettings.header(), DocumentSettings.paper())
                        .write(check.facts(), check.review(), WhereToInject.of(atlas, plan.session()), images,
                                PlanPictures.legend(), pdf);
                return pdf.toByteArray();
            }
        }, pdf -> showPrintDialog(pdf, jobName),
                e -> tell(Bundle.MSG_PrintFailed(e.getMessage()), NotifyDescriptor.ERROR_MESSAGE));
    }

    /**
     * The atlas the application shows when the documents are asked for: the pictures show the body the
     * clinician saw (the plan's injection points are on it), with its attribution on their pages.
     */
    private static Atlas shownAtlas() {
        AtlasService atlases = AtlasService.getDefault();
        return atlases == null ? Atlas.loadDefault() : atlases.current();
    }

    private static void showPrintDialog(byte[] pdf, String jobName) {
        try (PrintableDocument document = PrintableDocument.of(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(document);
            if (job.printDialog()) {
                job.print();
            }
        } catch (IOException | PrinterException ex) {
            tell(Bundle.MSG_PrintFailed(ex.getMessage()), NotifyDescriptor.ERROR_MESSAGE);
        }
    }

    /** Asks for the folder the PDFs go into (remembered between uses); null when cancelled. */
    public static File chooseFolder() {
        return ExportPlanAction.folderChooser().showOpenDialog();
    }

    private static void tell(String message, int type) {
        ExportedDocuments.tell(message, type);
    }
}
