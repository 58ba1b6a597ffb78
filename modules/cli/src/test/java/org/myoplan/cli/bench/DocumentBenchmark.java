package org.myoplan.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.myoplan.atlas.Atlas;
import org.myoplan.documents.ClinicHeader;
import org.myoplan.documents.ConsentSheetPdf;
import org.myoplan.documents.PaperSize;
import org.myoplan.documents.Picture;
import org.myoplan.documents.PlanPictures;
import org.myoplan.documents.TreatmentPlanPdf;
import org.myoplan.documents.WhereToInject;
import org.myoplan.dosing.PlanCheck;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.dosing.rules.PlanReview;
import org.myoplan.model.Plan;

/**
 * Benchmark (prints figures; not a test): producing the plan (with two offscreen pictures) and the
 * consent sheet, warm. Run: xvfb-run -a mvn -f modules/cli/pom.xml -Pbenchmark verify
 */
public final class DocumentBenchmark {

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Plan plan;
        try (Reader in = Files.newBufferedReader(Path.of("../../docs/examples/plan-example.json"))) {
            plan = new PlanJsonReader().read(in);
        }
        PlanCheck check = PlanCheck.of(plan, ReferenceData.builtIn());
        PlanFacts facts = check.facts();
        PlanReview review = check.review();
        ClinicHeader clinic = new ClinicHeader("Spasticity Clinic", List.of("12 Rehabilitation Road"));
        Atlas atlas = Atlas.loadDefault();
        PlanPictures pictures = new PlanPictures(atlas);
        double[] times = new double[20];
        double[] pictureTimes = new double[20];
        double[] planTimes = new double[20];
        int planBytes = 0, consentBytes = 0;
        for (int i = -5; i < times.length; i++) {
            long start = System.nanoTime();
            List<Picture> images = pictures.of(facts, 500, 750);
            long pictured = System.nanoTime();
            ByteArrayOutputStream planOut = new ByteArrayOutputStream(), consentOut = new ByteArrayOutputStream();
            new TreatmentPlanPdf(clinic, PaperSize.A4).write(facts, review, WhereToInject.of(atlas, plan.session()),
                    images, PlanPictures.legend(), planOut);
            long planned = System.nanoTime();
            ConsentSheetPdf.builtIn(clinic, PaperSize.A4).write(facts, consentOut);
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
                pictureTimes[i] = (pictured - start) / 1e6;
                planTimes[i] = (planned - pictured) / 1e6;
            }
            planBytes = planOut.size();
            consentBytes = consentOut.size();
        }
        Arrays.sort(times);
        Arrays.sort(pictureTimes);
        Arrays.sort(planTimes);
        System.out.printf("Plan (two 500x750 pictures) and consent, warm: median %.0f ms over %d runs; plan %,d "
                + "bytes, consent %,d bytes%n", times[times.length / 2], times.length, planBytes, consentBytes);
        System.out.printf("  of which the two pictures %.0f ms and the plan PDF %.0f ms (medians)%n",
                pictureTimes[pictureTimes.length / 2], planTimes[planTimes.length / 2]);
        pictures.close();
        System.exit(0);
    }
}
