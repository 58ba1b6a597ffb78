package org.myoplan.dosing.rules;

import java.util.ArrayList;
import java.util.List;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.Target;

/**
 * A dose must be a positive number of units, given at one site or more; nothing else can be injected. A
 * muscle whose dose is not set yet is not a wrong dose: it gets one "dose needed" finding, which keeps
 * the plan from being given or printed as final until the clinician sets it.
 */
final class DoseValueRule implements DosingRule {

    static final String ID = "dose-value";
    static final String DOSE_NEEDED = "dose-needed";
    private static final Source SOURCE = Source.rule("A dose is a positive number of units at one or more sites");
    private static final Source NEEDED = Source.rule("Every planned muscle needs a dose before it is injected");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        for (Target target : plan.session().targets()) {
            if (!target.hasDose()) {
                findings.add(Finding.blocking(DOSE_NEEDED, plan.name(target)
                        + ": dose needed (type the units for this muscle)", NEEDED, false)
                        .about(target.muscleId(), target.side()));
            } else if (target.units().signum() <= 0) {
                findings.add(Finding.blocking(ID, plan.name(target) + ": the dose must be more than 0 U (it is "
                        + PlanFacts.units(target.units()) + ")", SOURCE, false)
                        .about(target.muscleId(), target.side()));
            }
            if (target.sites() < 1) {
                findings.add(Finding.blocking(ID, plan.name(target) + ": at least one injection site is needed (it is "
                        + target.sites() + ")", SOURCE, false).about(target.muscleId(), target.side()));
            }
        }
        return findings;
    }
}
