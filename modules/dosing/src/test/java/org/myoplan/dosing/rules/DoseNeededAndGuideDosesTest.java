package org.myoplan.dosing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myoplan.dosing.Plans.plan;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.Plans;
import org.myoplan.dosing.patterns.PatternSuggestions;
import org.myoplan.model.Product;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/** A muscle without a dose yet, and a pattern's guide doses beside the label's ranges. */
class DoseNeededAndGuideDosesTest {

    private final PatternSuggestions patterns = new PatternSuggestions(Plans.REFERENCE);

    @Test
    void aMuscleWithoutADoseGetsOneDoseNeededFindingAndNoRangeError() {
        Plans plan = plan().target(Target.doseNeeded("biceps_brachii", Side.LEFT, 2));
        List<Finding> all = plan.check();
        List<Finding> needed = all.stream().filter(f -> f.rule().equals(DoseValueRule.DOSE_NEEDED)).toList();
        assertEquals(1, needed.size(), all.toString());
        Finding finding = needed.get(0);
        assertEquals(Severity.BLOCKING, finding.severity());
        assertFalse(finding.overridable(), "a dose is set, not overridden");
        assertTrue(finding.message().contains("dose needed"), finding.message());
        assertEquals("biceps_brachii", finding.muscleId());
        assertTrue(all.stream()
                .noneMatch(f -> f.rule().equals(DoseValueRule.ID) || f.rule().equals(MuscleRangeRule.ID)),
                "no dose is not a wrong dose: " + all);
        PlanReview review = new PlanReview();
        review.update(all);
        assertTrue(review.unresolved().contains(finding), "the plan cannot be given before the dose is set");
    }

    @Test
    void settingTheDoseClearsDoseNeeded() {
        Target set = Target.doseNeeded("biceps_brachii", Side.LEFT, 2).withUnits(new BigDecimal("100"));
        assertTrue(plan().target(set).findings(DoseValueRule.DOSE_NEEDED).isEmpty());
    }

    @Test
    void aPatternsGuideDosesBelowTheLabelAreSaidOnceInsteadOfAWarningPerMuscle() {
        Plans plan = plan();
        patterns.suggest("Clenched fist", Product.ONABOTULINUMTOXIN_A).forEach(s -> plan.target(s.target(Side.LEFT)));
        assertTrue(plan.findings(MuscleRangeRule.ID).isEmpty(), "no warning per muscle: "
                + plan.findings(MuscleRangeRule.ID));
        List<Finding> note = plan.findings(MuscleRangeRule.GUIDE_BELOW_LABEL);
        assertEquals(1, note.size(), note.toString());
        assertEquals(Severity.INFO, note.get(0).severity());
        String message = note.get(0).message();
        assertTrue(message.startsWith("Clenched fist pattern (left), guide "), message);
        assertTrue(message.contains("Flexor digitorum superficialis") && message.contains("Flexor digitorum profundus"),
                message);
        assertTrue(message.contains("20 U (label 30 to 50 U)"), "the guide's and the label's numbers side by side: "
                + message);
    }

    @Test
    void aDoseTheClinicianTypedBelowTheRangeStillWarnsEvenWhenItIsTheGuidesNumber() {
        Target guide = patterns.suggest("Clenched fist", Product.ONABOTULINUMTOXIN_A).get(0).target(Side.LEFT);
        Target typed = guide.withUnits(guide.units());
        assertTrue(guide.guideDose());
        assertFalse(typed.guideDose(), "typed by the clinician, whatever the number");
        Plans plan = plan().target(typed);
        assertEquals(1, plan.findings(MuscleRangeRule.ID).size());
        assertTrue(plan.findings(MuscleRangeRule.GUIDE_BELOW_LABEL).isEmpty());
    }

    @Test
    void aGuideDoseAboveTheLabelIsNeverHidden() {
        Plans plan = plan();
        patterns.suggest("Equinovarus foot", Product.ONABOTULINUMTOXIN_A)
                .forEach(s -> plan.target(s.target(Side.RIGHT)));
        assertTrue(plan.findings(MuscleRangeRule.ID).stream().anyMatch(f -> f.message().contains("above")
                && "soleus".equals(f.muscleId())), plan.findings(MuscleRangeRule.ID).toString());
    }

    @Test
    void anotherProductsPatternMusclesComeWithDoseNeeded() {
        Target t = patterns.suggest("Clenched fist", Product.ABOBOTULINUMTOXIN_A).get(0).target(Side.LEFT);
        assertFalse(t.hasDose());
        assertEquals("", t.doseSource());
    }

    @Test
    void countsReadInTheRightNumber() {
        assertEquals("1 site", PlanFacts.count(1, "site", "sites"));
        assertEquals("3 sites", PlanFacts.count(3, "site", "sites"));
        assertEquals("0 weeks", PlanFacts.count(0, "week", "weeks"));
        List<Finding> oneSite = plan().target("biceps_brachii", Side.LEFT, "100", 1).findings("sites-range");
        assertTrue(oneSite.get(0).message().contains(": 1 site;"), oneSite.get(0).message());
    }
}
