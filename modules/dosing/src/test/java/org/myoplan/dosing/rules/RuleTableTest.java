package org.myoplan.dosing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myoplan.dosing.Plans.DAY;
import static org.myoplan.dosing.Plans.plan;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myoplan.dosing.Plans;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.SourceStatus;
import org.myoplan.model.Answer;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.ScreeningQuestion;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Side;

/** Each rule against the numbers of the reference files (shared/reference, encoded in the module's resources). */
class RuleTableTest {

    private static Product product(String name) {
        return Product.byName(name).orElseThrow();
    }

    private static Plans planFor(String productName) {
        Product p = product(productName);
        int vial = p == Product.ABOBOTULINUMTOXIN_A ? 500 : 100;
        String diluent = p == Product.ABOBOTULINUMTOXIN_A ? "2.5" : "2";
        return plan().product(p, vial, diluent);
    }

    private static String outcome(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "none";
        }
        Finding f = findings.get(0);
        return f.severity().name().toLowerCase() + (f.message().contains(" below ") ? " below"
                : f.message().contains(" above ") ? " above" : "");
    }

    @ParameterizedTest(name = "{0} adult {1} {2} U -> {3}")
    @CsvSource({
        // label: BOTOX US PI upper-limb table, FCR 12.5-50 U
        "onabotulinumtoxinA,   flexor_carpi_radialis,          10,   warning below",
        "onabotulinumtoxinA,   flexor_carpi_radialis,          12.5, none",
        "onabotulinumtoxinA,   flexor_carpi_radialis,          50,   none",
        "onabotulinumtoxinA,   flexor_carpi_radialis,          60,   warning above",
        // unconfirmed: BOTOX biceps 60-200 U
        "onabotulinumtoxinA,   biceps_brachii,                 250,  warning above",
        "onabotulinumtoxinA,   gastrocnemius_medial,           75,   none",
        "onabotulinumtoxinA,   gastrocnemius_medial,           100,  warning above",
        // Xeomin table 1: biceps 50-200 U, FDS 25-100 U
        "incobotulinumtoxinA,  biceps_brachii,                 40,   warning below",
        "incobotulinumtoxinA,  flexor_digitorum_superficialis, 100,  none",
        // Dysport: soleus 330-500 U, FCR 100-200 U
        "abobotulinumtoxinA,   soleus,                         600,  warning above",
        "abobotulinumtoxinA,   soleus,                         330,  none",
        "abobotulinumtoxinA,   flexor_carpi_radialis,          90,   warning below",
    })
    void muscleRange(String productName, String muscle, String units, String expected) {
        List<Finding> findings = planFor(productName).target(muscle, Side.LEFT, units, 4).findings(MuscleRangeRule.ID);
        assertEquals(expected, outcome(findings), () -> findings.toString());
    }

    @Test
    void anUnconfirmedRangeSaysToVerifyIt() {
        Finding f = plan().target("biceps_brachii", Side.LEFT, "250", 4).findings(MuscleRangeRule.ID).get(0);
        assertEquals(SourceStatus.UNCONFIRMED, f.source().status());
        assertTrue(f.message().contains("verify against the current prescribing information"), f.message());
        assertEquals("muscle-range:biceps_brachii:left", f.key());
    }

    @Test
    void aMuscleWithoutAReferenceIsInformation() {
        List<Finding> f = plan().target("deltoid", Side.RIGHT, "50", 2).findings(MuscleRangeRule.NO_REFERENCE);
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("no label reference"), f.get(0).message());
    }

    @ParameterizedTest(name = "BOTOX FCR at {0} sites -> {1}")
    @CsvSource({"1, none", "2, info"})
    void sitesAgainstTheReference(int sites, String expected) {
        // BOTOX US PI upper-limb table: FCR 1 site
        List<Finding> f = plan().target("flexor_carpi_radialis", Side.LEFT, "30", sites).findings("sites-range");
        assertEquals(expected, outcome(f), f::toString);
    }

    @ParameterizedTest(name = "child of {0} kg, biceps {1} U -> {2}")
    @CsvSource({
        // label: BOTOX pediatric biceps 1.5-3 U/kg
        "20, 80, warning above",
        "20, 40, none",
        "20, 20, warning below",
        "30, 90, none",
    })
    void perKgRangeForChildren(String kg, String units, String expected) {
        List<Finding> findings = plan().patient(Plans.child(kg, DAY.minusDays(5)))
                .target("biceps_brachii", Side.LEFT, units, 4).findings(MuscleRangeRule.ID);
        assertEquals(expected, outcome(findings), () -> findings.toString());
    }

    @ParameterizedTest(name = "{0}: {1} U at {2} sites -> {3}")
    @CsvSource({
        // BOTOX: no more than 50 U per site
        "onabotulinumtoxinA, 200, 2, warning",
        "onabotulinumtoxinA, 200, 4, none",
        "onabotulinumtoxinA, 51,  1, warning",
    })
    void unitsPerSite(String productName, String units, int sites, String expected) {
        List<Finding> f =
                planFor(productName).target("biceps_brachii", Side.LEFT, units, sites).findings(SiteRule.UNITS_ID);
        assertEquals(expected, outcome(f), () -> f.toString());
    }

    @ParameterizedTest(name = "Dysport 500 U in {0} mL, soleus {1} U at {2} sites -> {3}")
    @CsvSource({
        // Dysport adult: at most 1 mL per site. 500 U in 2.5 mL is 200 U per mL.
        "2.5, 400, 2, none",
        "2.5, 400, 1, warning",
        "1,   400, 1, none",
    })
    void volumePerSite(String diluent, String units, int sites, String expected) {
        List<Finding> f = plan().product(Product.ABOBOTULINUMTOXIN_A, 500, diluent)
                .target("soleus", Side.LEFT, units, sites).findings(SiteRule.VOLUME_ID);
        assertEquals(expected, outcome(f), () -> f.toString());
    }

    @Test
    void childrenHaveTheSmallerVolumePerSite() {
        // Dysport pediatric: at most 0.5 mL per site; 500 U in 2.5 mL -> 100 U is 0.5 mL, 120 U is 0.6 mL
        Plans child = plan().patient(Plans.child("30", DAY.minusDays(5))).product(Product.ABOBOTULINUMTOXIN_A, 500,
                "2.5");
        assertEquals("none", outcome(child.target("soleus", Side.LEFT, "100", 1).findings(SiteRule.VOLUME_ID)));
        assertEquals("warning", outcome(child.target("soleus", Side.RIGHT, "120", 1).findings(SiteRule.VOLUME_ID)));
    }

    @ParameterizedTest(name = "{0}: upper {1} U + lower {2} U -> {3} cap findings")
    @CsvSource({
        // BOTOX adult: 400 U upper limb, 400 U lower limb
        "onabotulinumtoxinA,  400, 400,  0",
        "onabotulinumtoxinA,  450, 0,    1",
        "onabotulinumtoxinA,  450, 450,  2",
        // Dysport adult: 1000 upper, 1500 lower, 1500 combined
        "abobotulinumtoxinA,  1000, 500, 0",
        "abobotulinumtoxinA,  1000, 600, 1",
        "abobotulinumtoxinA,  1100, 1600, 3",
        // Xeomin adult: 400 per session
        "incobotulinumtoxinA, 300, 100,  0",
        "incobotulinumtoxinA, 300, 150,  1",
    })
    void sessionAndLimbCaps(String productName, String upper, String lower, int expected) {
        Plans plan = planFor(productName).target("biceps_brachii", Side.LEFT, upper, 20);
        if (new BigDecimal(lower).signum() > 0) {
            plan.target("soleus", Side.LEFT, lower, 20);
        }
        List<Finding> f = plan.findings(SessionCapRule.ID);
        assertEquals(expected, f.size(), () -> f.toString());
        f.forEach(finding -> assertEquals(Severity.WARNING, finding.severity()));
    }

    @Test
    void aChildsCapIsTheLowerOfPerKgAndAbsolute() {
        // BOTOX pediatric upper limb: 6 U/kg or 200 U, whichever is lower. 20 kg -> 120 U.
        Plans plan = plan().patient(Plans.child("20", DAY.minusDays(5))).target("biceps_brachii", Side.LEFT, "60", 4)
                .target("flexor_carpi_radialis", Side.LEFT, "70", 2);
        List<Finding> f = plan.findings(SessionCapRule.ID);
        assertEquals(1, f.size(), f::toString);
        assertTrue(f.get(0).message().contains("120 U"), f.get(0).message());
        // 50 kg -> 300 U per kg cap, but 200 U absolute
        Plans heavier = plan().patient(Plans.child("50", DAY.minusDays(5))).target("biceps_brachii", Side.LEFT, "150",
                4) .target("flexor_carpi_radialis", Side.LEFT, "60", 2);
        List<Finding> g = heavier.findings(SessionCapRule.ID);
        assertEquals(1, g.size(), g::toString);
        assertTrue(g.get(0).message().contains("cap of 200 U"), g.get(0).message());
    }

    @Test
    void dysportLegCapsForChildrenArePerLegAndBothLegs() {
        // Dysport pediatric: 15 U/kg one leg, 30 U/kg both legs. 20 kg: 300 U a leg, 600 U both.
        Plans plan = plan().patient(Plans.child("20", DAY.minusDays(5))).product(Product.ABOBOTULINUMTOXIN_A, 500,
                "2.5") .target("soleus", Side.LEFT, "320", 6).target("soleus", Side.RIGHT, "290", 6);
        List<Finding> f = plan.findings(SessionCapRule.ID);
        assertEquals(2, f.size(), f::toString); // the left leg, and both legs (610 > 600)
        assertTrue(f.stream().anyMatch(x -> x.message().contains("left leg")));
    }

    @ParameterizedTest(name = "child {1} kg, {0}: left arm {2} U + right arm {3} U -> {4} cap findings")
    @CsvSource({
        // Xeomin pediatric: 8 U/kg, at most 200 U per single upper limb. 30 kg -> 240 U/kg cap, 200 U speaks.
        "incobotulinumtoxinA, 30, 150, 150, 0",
        "incobotulinumtoxinA, 30, 200, 200, 0",
        "incobotulinumtoxinA, 30, 210, 100, 1",
        "incobotulinumtoxinA, 20, 170, 0,   1",   // 8 U/kg x 20 kg = 160 U
        "incobotulinumtoxinA, 20, 160, 160, 0",
        // Dysport pediatric: 16 U/kg or 640 U per limb. 20 kg -> 320 U a limb.
        "abobotulinumtoxinA,  20, 300, 300, 0",
        "abobotulinumtoxinA,  20, 330, 300, 1",
        "abobotulinumtoxinA,  20, 330, 330, 2",
        "abobotulinumtoxinA,  50, 650, 0,   1",   // 16 x 50 = 800, but 640 U
    })
    void perArmCapsForChildrenApplyToEachSide(String productName, String kg, String left, String right, int expected) {
        Plans plan = planFor(productName).patient(Plans.child(kg, DAY.minusDays(5)));
        plan.target("biceps_brachii", Side.LEFT, left, 20);
        if (new BigDecimal(right).signum() > 0) {
            plan.target("biceps_brachii", Side.RIGHT, right, 20);
        }
        List<Finding> f = plan.findings(SessionCapRule.ID);
        assertEquals(expected, f.size(), f::toString);
        f.forEach(finding -> assertTrue(finding.message().contains(" arm"), finding.message()));
    }

    @ParameterizedTest(name = "{1} U given {0} weeks ago + {2} U now -> {3}")
    @CsvSource({
        // BOTOX adult: 400 U in 3 months (12 weeks; unconfirmed)
        "8,  300, 150, warning",
        "8,  200, 150, none",
        "13, 300, 150, none",
        // the window's cap binds one session alone: 450 U now, nothing in the window before
        "13, 300, 450, warning",
        "13, 300, 400, none",
    })
    void cumulativeWindow(int weeksAgo, String earlier, String now, String expected) {
        List<Finding> f = plan().earlier(Plans.given(Product.ONABOTULINUMTOXIN_A, weeksAgo, "soleus", earlier))
                .target("biceps_brachii", Side.LEFT, now, 4).findings(CumulativeWindowRule.ID);
        assertEquals(expected, outcome(f), f::toString);
    }

    @Test
    void anotherProductsUnitsAreNamedNeverAdded() {
        Plans plan = plan().earlier(Plans.given(Product.ABOBOTULINUMTOXIN_A, 8, "soleus", "1000"))
                .target("biceps_brachii", Side.LEFT, "150", 4);
        assertTrue(plan.findings(CumulativeWindowRule.ID).isEmpty(), "Dysport units are not added to BOTOX units");
        List<Finding> named = plan.findings(CumulativeWindowRule.OTHER_PRODUCT);
        assertEquals(1, named.size());
        assertTrue(named.get(0).message().contains("not added"), named.get(0).message());
    }

    @ParameterizedTest(name = "{0} adult {1} 100 U -> {2}")
    @CsvSource({
        // BOTOX adult caps are per limb (400 U upper, 400 U lower): a muscle of unknown limb would escape them
        "onabotulinumtoxinA,  masseter,       warning",
        "onabotulinumtoxinA,  biceps_brachii, none",
        // Xeomin adult caps only the session (400 U): every muscle counts, its limb does not matter
        "incobotulinumtoxinA, masseter,       none",
    })
    void aMuscleOfUnknownLimbIsNamedWhenLimbCapsApply(String productName, String muscle, String expected) {
        List<Finding> f =
                planFor(productName).target(muscle, Side.LEFT, "100", 4).findings(SessionCapRule.UNKNOWN_LIMB);
        assertEquals(expected, outcome(f), f::toString);
    }

    @ParameterizedTest(name = "last session {0} weeks ago -> {1}")
    @CsvSource({"10, warning", "11, warning", "12, none", "20, none"})
    void minimumInterval(int weeksAgo, String expected) {
        List<Finding> f = plan().earlier(Plans.given(Product.ABOBOTULINUMTOXIN_A, weeksAgo, "soleus", "500"))
                .target("biceps_brachii", Side.LEFT, "100", 4).findings(IntervalRule.ID);
        assertEquals(expected, outcome(f), f::toString);
    }

    @Test
    void dysportChildrensUpperLimbIntervalIsSixteenWeeks() {
        Plans plan = plan().patient(Plans.child("30", DAY.minusDays(5))).product(Product.ABOBOTULINUMTOXIN_A, 500,
                "2.5") .earlier(Plans.given(Product.ABOBOTULINUMTOXIN_A, 14, "biceps_brachii", "100"))
                .target("biceps_brachii", Side.LEFT, "100", 2);
        assertEquals(1, plan.findings(IntervalRule.ID).size(), () -> plan.findings(IntervalRule.ID).toString());
        Plans legs = plan().patient(Plans.child("30", DAY.minusDays(5))).product(Product.ABOBOTULINUMTOXIN_A, 500,
                "2.5") .earlier(Plans.given(Product.ABOBOTULINUMTOXIN_A, 14, "biceps_brachii", "100"))
                .target("soleus", Side.LEFT, "100", 2);
        assertTrue(legs.findings(IntervalRule.ID).isEmpty(), "the legs' 12 weeks have passed, and no leg was treated");
    }

    @Test
    void twoProductsOnOneDayBlockUntilOverridden() {
        Plans plan = plan().earlier(Plans.session(Product.ABOBOTULINUMTOXIN_A, 500, 1, "2.5"))
                .target("biceps_brachii", Side.LEFT, "100", 4);
        List<Finding> f = plan.findings(SameDayProductRule.ID);
        assertEquals(1, f.size());
        assertEquals(Severity.BLOCKING, f.get(0).severity());
        assertTrue(f.get(0).overridable());
    }

    @Test
    void aSecondSessionOnTheDayOfAGivenOneGivesTheTwoProductsFindingOnly() {
        Plans plan = plan().earlier(Plans.given(Product.ABOBOTULINUMTOXIN_A, 0, "biceps_brachii", "100"))
                .target("biceps_brachii", Side.LEFT, "100", 4);
        assertEquals(1, plan.findings(SameDayProductRule.ID).size());
        assertTrue(plan.findings(IntervalRule.ID).isEmpty(),
                () -> "a session on the same day is not a re-treatment: " + plan.findings(IntervalRule.ID));
    }

    @Test
    void screeningKeysNameTheQuestionAsPlanFilesDo() {
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            Plans plan = plan().patient(withScreening(question, Answer.YES)).target("biceps_brachii", Side.LEFT, "100",
                    4);
            Finding finding = plan.findings(ScreeningRule.ID).stream()
                    .filter(f -> f.message().contains(question.text())).findFirst().orElseThrow();
            assertEquals("screening:" + question.field(), finding.key());
            assertTrue(PlanJsonReader.screeningFields().containsValue(question.field()));
            assertTrue(finding.message().startsWith("Screening answered yes: " + question.text()), finding.message());
        }
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource({
        "TOXIN_OR_ALBUMIN_ALLERGY,   YES,       blocking",
        "PREGNANCY_OR_BREASTFEEDING, YES,       warning",
        "NEUROMUSCULAR_DRUGS,        YES,       warning",
        "ANTICOAGULANTS,             NOT_ASKED, info",
        "ANTICOAGULANTS,             NO,        none",
    })
    void screening(ScreeningQuestion question, Answer answer, String expected) {
        Plans plan = plan().patient(withScreening(question, answer)).target("biceps_brachii", Side.LEFT, "100", 4);
        assertEquals(expected, outcome(plan.findings(ScreeningRule.ID)));
    }

    private static Patient withScreening(ScreeningQuestion q, Answer a) {
        var adult = Plans.adult();
        return new Patient(adult.recordNumber(), adult.name(), adult.birthDate(), adult.sex(),
                adult.weight(), adult.indication(), adult.screening().with(q, a));
    }

    @ParameterizedTest(name = "child weighed {0} days ago -> {1}")
    @CsvSource({"30, none", "92, none", "100, warning"})
    void childWeight(int daysAgo, String expected) {
        Plans plan = plan().patient(Plans.child("25", DAY.minusDays(daysAgo))).target("biceps_brachii", Side.LEFT, "50",
                4);
        assertEquals(expected, outcome(plan.findings(ChildWeightRule.ID)));
    }

    @Test
    void aChildWithoutAnyWeight() {
        Plans plan = plan().patient(Plans.child(null, null)).target("biceps_brachii", Side.LEFT, "50", 4);
        assertEquals("warning", outcome(plan.findings(ChildWeightRule.ID)));
        assertTrue(plan.findings(ChildWeightRule.ID).get(0).message().contains("no weight is recorded"));
        assertTrue(plan().target("biceps_brachii", Side.LEFT, "100", 4).findings(ChildWeightRule.ID).isEmpty(),
                "adults need none");
    }

    @Test
    void anExpiredLotBlocksAndCannotBeOverridden() {
        Plans plan =
                plan().session(Plans.session(Product.ONABOTULINUMTOXIN_A, 100, 2, "2").withExpiry(DAY.minusDays(1)))
                .target("biceps_brachii", Side.LEFT, "100", 4);
        Finding f = plan.findings(LotExpiryRule.ID).get(0);
        assertEquals(Severity.BLOCKING, f.severity());
        assertFalse(f.overridable());
        assertTrue(plan().target("biceps_brachii", Side.LEFT, "100", 4).findings(LotExpiryRule.ID).isEmpty());
    }

    @Test
    void aGivenSessionWithoutItsLotIsAWarning() {
        var session = new Session(DAY, "Dr", Product.ONABOTULINUMTOXIN_A, 100, 2, new BigDecimal("2"),
                "", null, null, SessionStatus.ADMINISTERED, "", List.of());
        assertEquals("warning", outcome(plan().session(session).target("biceps_brachii", Side.LEFT, "100",
                4).findings(LotExpiryRule.ID)));
    }

    @ParameterizedTest(name = "dose {0} U at {1} sites -> {2}")
    @CsvSource({"0, 2, blocking", "-5, 2, blocking", "20, 0, blocking", "20, 1, none"})
    void doseValue(String units, int sites, String expected) {
        List<Finding> f = plan().target("flexor_carpi_radialis", Side.LEFT, units, sites).findings(DoseValueRule.ID);
        assertEquals(expected, outcome(f));
        f.forEach(x -> assertFalse(x.overridable(), "an impossible dose is corrected, not overridden"));
    }

    @Test
    void dilution() {
        assertEquals("none", outcome(plan().target("biceps_brachii", Side.LEFT, "100", 4).findings(DilutionRule.ID)));
        // BOTOX 100 U in 2.5 mL: not in the label's table
        List<Finding> unusual = plan().product(Product.ONABOTULINUMTOXIN_A, 100, "2.5").target("biceps_brachii",
                Side.LEFT, "100", 4) .findings(DilutionRule.ID);
        assertEquals("info", outcome(unusual));
        assertTrue(unusual.get(0).message().contains("4 U per 0.1 mL"), unusual.get(0).message());
        // no diluent
        var noDiluent = Plans.session(Product.ONABOTULINUMTOXIN_A, 100, 2, "2").withDiluent(null);
        assertEquals("blocking", outcome(plan().session(noDiluent).findings(DilutionRule.ID)));
        // a vial size BOTOX does not come in
        assertEquals("warning",
                outcome(plan().product(Product.ONABOTULINUMTOXIN_A, 150, "3").findings(DilutionRule.ID)));
    }

    @Test
    void theVialsMustHoldThePlannedUnits() {
        Plans plan = plan().session(Plans.session(Product.ONABOTULINUMTOXIN_A, 100, 1, "2")).target("biceps_brachii",
                Side.LEFT, "150", 4);
        assertEquals("warning", outcome(plan.findings(DilutionRule.SUPPLY_ID)));
        assertTrue(plan.findings(DilutionRule.SUPPLY_ID).get(0).message().endsWith("but 1 vial of 100 U holds 100 U"),
                plan.findings(DilutionRule.SUPPLY_ID).get(0).message());
    }

    @Test
    void everyRuleIsRun() {
        assertEquals(List.of("dose-value", "muscle-range", "site-units", "session-cap", "cumulative-window",
                "min-interval", "two-products", "screening", "child-weight", "lot-expiry", "dilution"),
                PlanChecker.ruleIds());
    }
}
