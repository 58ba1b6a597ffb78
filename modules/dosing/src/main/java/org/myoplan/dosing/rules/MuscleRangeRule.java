package org.myoplan.dosing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.myoplan.dosing.reference.MuscleRange;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.Target;

/**
 * Each target's dose against the reference range for its muscle, product and population (per kg for
 * children), and its number of sites against the reference. A muscle without a reference for the
 * product is said so, as information: it may still be right to inject it. A pattern's guide doses that
 * fall below the label's range are said once per pattern, as information naming each muscle with both
 * numbers: the guide starts low on purpose. A dose the clinician set is always checked.
 */
final class MuscleRangeRule implements DosingRule {

    static final String ID = "muscle-range";
    static final String NO_REFERENCE = "no-reference";
    static final String GUIDE_BELOW_LABEL = "guide-below-label";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<String>> guideBelowLabel = new LinkedHashMap<>();
        for (Target target : plan.validTargets()) {
            Optional<MuscleRange> range = plan.reference().range(plan.session().product(), plan.population(),
                    target.muscleId());
            if (range.isEmpty()) {
                findings.add(Finding.info(NO_REFERENCE, plan.name(target) + ": no label reference for "
                        + plan.session().product().displayName() + " in this muscle ("
                        + plan.population().name().toLowerCase(Locale.ROOT)
                        + "); the dose cannot be checked against a range",
                        Source.rule("Reference tables of the labels")).about(target.muscleId(), target.side()));
            } else if (belowGuide(target, range.get())) {
                guideBelowLabel.computeIfAbsent(target.doseSource(), source -> new ArrayList<>())
                        .add(plan.name(target) + " " + PlanFacts.units(target.units()) + " (label "
                        + PlanFacts.number(range.get().min()) + " to " + PlanFacts.number(range.get().max()) + " "
                        + range.get().unit() + ")");
                checkSites(plan, target, range.get(), findings);
            } else {
                checkDose(plan, target, range.get(), findings);
                checkSites(plan, target, range.get(), findings);
            }
        }
        guideBelowLabel.forEach((source, muscles) -> findings.add(Finding.info(GUIDE_BELOW_LABEL, source
                + ": the guide's starting doses are below the label's reference range for " + String.join(", ", muscles)
                + "; the clinician decides", Source.rule("Pattern guide doses beside the label ranges"))
                .scoped(source)));
        return findings;
    }

    /** A guide's dose, untouched by the clinician, under the label's range (an absolute one: guides are for adults). */
    private static boolean belowGuide(Target target, MuscleRange range) {
        return target.guideDose() && !range.perKg() && target.units().compareTo(range.min()) < 0;
    }

    private static void checkDose(PlanFacts plan, Target target, MuscleRange range, List<Finding> findings) {
        BigDecimal dose = target.units();
        String shown = PlanFacts.units(dose);
        if (range.perKg()) {
            Optional<BigDecimal> kg = plan.recentWeightKg();
            if (kg.isEmpty()) {
                findings.add(Finding.info(ID, plan.name(target)
                        + ": the reference is per kg; without a recent weight it cannot be checked",
                        range.source()).about(target.muscleId(), target.side()));
                return;
            }
            dose = dose.divide(kg.get(), PlanFacts.PRECISION);
            shown = PlanFacts.number(dose) + " U/kg";
        }
        String reference = " the reference range " + PlanFacts.number(range.min()) + " to "
                + PlanFacts.number(range.max()) + " " + range.unit() + " (" + range.source().describe() + ")";
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
            findings.add(Finding.info("sites-range", plan.name(target) + ": "
                    + PlanFacts.count(target.sites(), "site", "sites") + "; the reference uses "
                    + (range.sitesMin().equals(range.sitesMax()) ? range.sitesMin() : range.sitesMin() + " to "
                    + range.sitesMax()), range.source()).about(target.muscleId(), target.side()));
        }
    }
}
