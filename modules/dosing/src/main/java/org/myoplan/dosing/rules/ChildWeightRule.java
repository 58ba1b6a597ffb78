package org.myoplan.dosing.rules;

import java.util.List;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.Population;

/** A child's doses are capped per kg: that needs a weight measured within the last three months. */
final class ChildWeightRule implements DosingRule {

    static final String ID = "child-weight";
    private static final Source SOURCE =
            Source.rule("Per-kg limits of the labels for children need a current weight (Myoplan: within "
            + PlanFacts.WEIGHT_VALID_DAYS + " days)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        if (plan.population() != Population.PEDIATRIC || plan.recentWeightKg().isPresent()) {
            return List.of();
        }
        String known = plan.patient().currentWeight()
                .map(w -> "the last weight (" + PlanFacts.number(w.kilograms()) + " kg) was measured on "
                + w.measuredOn()) .orElse("no weight is recorded");
        return List.of(Finding.warning(ID, "A child under " + Population.ADULT_AGE + ": " + known
                + "; the per-kg limits cannot be checked until the child is weighed", SOURCE));
    }
}
