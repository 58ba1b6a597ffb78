package org.myoplan.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.myoplan.atlas.Atlas;
import org.myoplan.dosing.PlanCheck;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Plan;

/**
 * A plan's two documents written into a folder: plan-RECORD-DATE.pdf and consent-RECORD-DATE.pdf. The
 * plan is checked first, so that its findings and acknowledgements print. Used by the command line
 * and by the application's Export action.
 */
public final class PlanExport {

    /** What was written, and why the pictures are missing if they are. */
    public record Written(Path plan, Path consent, String picturesProblem) {
        public boolean withPictures() {
            return picturesProblem == null;
        }
    }

    private final ClinicHeader clinic;
    private final PaperSize paper;
    private final ConsentSheetPdf consent;

    public PlanExport(ClinicHeader clinic, PaperSize paper, ConsentSheetPdf consent) {
        this.clinic = clinic;
        this.paper = paper;
        this.consent = consent;
    }

    /**
     * @param atlas the atlas the plan's injection points were placed on: their descriptions are measured on it
     * @param pictures draws the plan's pictures on that atlas, or null to leave them out
     */
    public Written write(Plan document, ReferenceData reference, Atlas atlas, PlanPictures pictures,
            Path folder) throws IOException {
        if (pictures != null && pictures.atlas() != atlas) {
            throw new IllegalArgumentException("the pictures draw another atlas than the points' descriptions");
        }
        PlanCheck check = PlanCheck.of(document, reference);
        PlanFacts facts = check.facts();
        Files.createDirectories(folder);
        String stem = document.patient().recordNumber().replaceAll("[^A-Za-z0-9_-]", "_") + "-"
                + document.session().date();
        Path planFile = folder.resolve("plan-" + stem + ".pdf");
        Path consentFile = folder.resolve("consent-" + stem + ".pdf");
        List<Picture> images = List.of();
        String problem = pictures == null ? "left out" : null;
        if (pictures != null) {
            try {
                images = pictures.of(facts, 500, 750);
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
        }
        try (OutputStream out = Files.newOutputStream(planFile)) {
            new TreatmentPlanPdf(clinic, paper).write(facts, check.review(), WhereToInject.of(atlas,
                    document.session()), images, images.isEmpty() ? List.of() : PlanPictures.legend(), out);
        }
        try (OutputStream out = Files.newOutputStream(consentFile)) {
            consent.write(facts, out);
        }
        return new Written(planFile, consentFile, problem);
    }
}
