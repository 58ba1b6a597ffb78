package org.myoplan.dosing.rules;

import java.util.List;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.SessionStatus;

/**
 * Two products on one day: a session holds one product, so a second product means a second session
 * on the same day. Their units cannot be added, so no cap can be checked across them: a block, which
 * a clinician may override with a reason.
 */
final class SameDayProductRule implements DosingRule {

    static final String ID = "two-products";
    private static final Source SOURCE = Source.rule(
            "Units of different botulinum toxin products are not interchangeable and cannot be added (every label)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        return plan.history().stream()
                .filter(s -> s.date().equals(plan.session().date()) && s.status() != SessionStatus.CANCELLED
                        && s.product() != plan.session().product())
                .map(s -> Finding.blocking(ID, "Two products on " + s.date() + ": " + s.product().displayName()
                + " and "
                        + plan.session().product().displayName() + ". Their units cannot be added, so the session caps "
                        + "cannot be checked across both", SOURCE, true).scoped(s.product().genericName()))
                .toList();
    }
}
