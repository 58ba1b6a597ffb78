package org.myoplan.dosing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myoplan.dosing.Target;
import org.myoplan.dosing.reference.MuscleRange;
import org.myoplan.dosing.reference.Source;

/**
 * Each target's dose against the reference range for its muscle, product and population (per kg for
 * children), and its number of sites against the reference. A muscle without a reference for the
 * product is said so, as information: it may still be right to inject it.
 */
final class MuscleRangeRule implements DosingRule {

    static final String ID = "muscle-range";
    static final String NO_REFERENCE = "no-reference";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        for (Target target : plan.validTargets()) {
            Optional<MuscleRange> range = plan.reference().range(plan.session().product(), plan.population(), target.muscleId());
            if (range.isEmpty()) {
                findings.add(Finding.info(NO_REFERENCE, plan.name(target) + ": no label reference for "
                        + plan.session().product().displayName() + " in this muscle ("
                        + plan.population().name().toLowerCase(java.util.Locale.ROOT) + "); the dose cannot be checked against a range",
                        Source.rule("Reference tables of the labels")).about(target.muscleId(), target.side()));
            } else {
                checkDose(plan, target, range.get(), findings);
                checkSites(plan, target, range.get(), findings);
            }
        }
        return findings;
    }

    private static void checkDose(PlanFacts plan, Target target, MuscleRange range, List<Finding> findings) {
        BigDecimal dose = target.units();
        String shown = PlanFacts.units(dose);
        if (range.perKg()) {
            Optional<BigDecimal> kg = plan.recentWeightKg();
            if (kg.isEmpty()) {
                findings.add(Finding.info(ID, plan.name(target) + ": the reference is per kg; without a recent weight it cannot be checked",
                        range.source()).about(target.muscleId(), target.side()));
                return;
            }
            dose = dose.divide(kg.get(), PlanFacts.PRECISION);
            shown = PlanFacts.number(dose) + " U/kg";
        }
        String reference = " the reference range " + PlanFacts.number(range.min()) + " to " + PlanFacts.number(range.max())
                + " " + range.unit() + " (" + range.source().describe() + ")";
        if (dose.compareTo(range.min()) < 0) {
            findings.add(Finding.warning(ID, plan.name(target) + ": " + shown + " is below" + reference, range.source())
                    .about(target.muscleId(), target.side()));
        } else if (dose.compareTo(range.max()) > 0) {
            findings.add(Finding.warning(ID, plan.name(target) + ": " + shown + " is above" + reference, range.source())
                    .about(target.muscleId(), target.side()));
        }
    }

    private static void checkSites(PlanFacts plan, Target target, MuscleRange range, List<Finding> findings) {
        if (range.sitesMin() == null || range.sitesMax() == null) {
            return;
        }
        if (target.sites() < range.sitesMin() || target.sites() > range.sitesMax()) {
            findings.add(Finding.info("sites-range", plan.name(target) + ": " + target.sites() + " sites; the reference uses "
                    + (range.sitesMin().equals(range.sitesMax()) ? range.sitesMin() : range.sitesMin() + " to " + range.sitesMax()),
                    range.source()).about(target.muscleId(), target.side()));
        }
    }
}
