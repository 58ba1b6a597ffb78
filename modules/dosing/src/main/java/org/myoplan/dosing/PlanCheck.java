package org.myoplan.dosing;

import java.util.Objects;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.PlanChecker;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.dosing.rules.PlanReview;
import org.myoplan.model.Plan;

/**
 * The dosing check of a plan against given reference data: the one way every caller checks a plan
 * (the session editor, the PDFs, the Export and Print actions, the check command).
 *
 * @param facts the plan with the facts the rules derive from it (population, usable weight, dilution)
 * @param review the findings, most severe first, with the plan's acknowledgements applied; the
 *        session editor keeps acknowledging on it
 */
public record PlanCheck(PlanFacts facts, PlanReview review) {

    /** The checker holds no state: one serves every check, on any thread. */
    private static final PlanChecker CHECKER = new PlanChecker();

    public PlanCheck {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(review, "review");
    }

    public static PlanCheck of(Plan plan, ReferenceData reference) {
        PlanFacts facts = new PlanFacts(plan.patient(), plan.session(), plan.history(), reference);
        PlanReview review = new PlanReview(plan.acknowledgements());
        review.update(CHECKER.check(facts));
        return new PlanCheck(facts, review);
    }

    /** Whether nothing is left unacknowledged: the plan may be given. */
    public boolean isReady() {
        return review.isReady();
    }
}
