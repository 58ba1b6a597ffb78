package org.myoplan.dosing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myoplan.dosing.Dilution;
import org.myoplan.dosing.reference.LimitKind;
import org.myoplan.dosing.reference.SessionLimit;
import org.myoplan.model.Target;

/** Units and volume at each injection site against the labels' per-site limits. */
final class SiteRule implements DosingRule {

    static final String UNITS_ID = "site-units";
    static final String VOLUME_ID = "site-volume";

    @Override
    public String id() {
        return UNITS_ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        List<SessionLimit> unitLimits = plan.reference().limits(plan.session().product(), plan.population(),
                LimitKind.SITE_UNITS);
        List<SessionLimit> volumeLimits = plan.reference().limits(plan.session().product(), plan.population(),
                LimitKind.SITE_ML);
        Optional<Dilution> dilution = plan.dilution();
        for (Target target : plan.validTargets()) {
            BigDecimal perSite = target.units().divide(BigDecimal.valueOf(target.sites()), PlanFacts.PRECISION);
            for (SessionLimit limit : unitLimits) {
                if (perSite.compareTo(limit.value()) > 0) {
                    findings.add(Finding.warning(UNITS_ID, plan.name(target) + ": " + PlanFacts.number(perSite)
                            + " U per site is more than " + PlanFacts.units(limit.value()) + " per site ("
                            + limit.source().describe() + "); consider more sites", limit.source())
                            .about(target.muscleId(), target.side()));
                }
            }
            if (dilution.isPresent()) {
                BigDecimal ml = dilution.get().mlPerSite(target.units(), target.sites());
                for (SessionLimit limit : volumeLimits) {
                    if (ml.compareTo(limit.value()) > 0) {
                        findings.add(Finding.warning(VOLUME_ID, plan.name(target) + ": " + PlanFacts.number(ml)
                                + " mL per site is more than " + PlanFacts.number(limit.value()) + " mL per site ("
                                + limit.source().describe() + ")", limit.source())
                                .about(target.muscleId(), target.side()));
                    }
                }
            }
        }
        return findings;
    }
}
