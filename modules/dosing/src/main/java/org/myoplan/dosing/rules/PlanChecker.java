package org.myoplan.dosing.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every dosing rule over a plan; the findings come most severe first. */
public final class PlanChecker {

    private static final List<DosingRule> RULES = List.of(
            new DoseValueRule(),
            new MuscleRangeRule(),
            new SiteRule(),
            new SessionCapRule(),
            new CumulativeWindowRule(),
            new IntervalRule(),
            new SameDayProductRule(),
            new ScreeningRule(),
            new ChildWeightRule(),
            new LotExpiryRule(),
            new DilutionRule());

    private static final Comparator<Finding> MOST_SEVERE_FIRST =
            Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::key);

    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        for (DosingRule rule : RULES) {
            findings.addAll(rule.check(plan));
        }
        findings.sort(MOST_SEVERE_FIRST);
        return findings;
    }

    /** The rule ids, for documentation and tests. */
    public static List<String> ruleIds() {
        return RULES.stream().map(DosingRule::id).toList();
    }
}
