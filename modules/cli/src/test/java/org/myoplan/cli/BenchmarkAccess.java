package org.myoplan.cli;

import java.util.List;
import org.myoplan.atlas.Atlas;
import org.myoplan.documents.Picture;
import org.myoplan.documents.TreatmentPlanPdf;
import org.myoplan.dosing.rules.PlanFacts;

/** Lets the benchmark use the command's own picture making (package-private there). */
public final class BenchmarkAccess {

    private final PlanPictures pictures;

    public BenchmarkAccess(Atlas atlas) {
        pictures = new PlanPictures(atlas);
    }

    public List<Picture> pictures(PlanFacts facts) {
        return pictures.of(facts, 500, 750);
    }

    public void close() {
        pictures.close();
    }

    public List<TreatmentPlanPdf.LegendEntry> legend() {
        return PlanPictures.legend();
    }
}
