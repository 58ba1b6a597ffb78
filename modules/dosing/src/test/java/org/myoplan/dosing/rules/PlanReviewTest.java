package org.myoplan.dosing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.Plans;
import org.myoplan.model.Product;
import org.myoplan.model.Side;

class PlanReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aWarningAcknowledgedWithAReasonStaysAcknowledgedAcrossRechecks() {
        Plans plan = Plans.plan().target("biceps_brachii", Side.LEFT, "250", 5);
        PlanReview review = new PlanReview();
        review.update(plan.check());
        Finding range =
                review.unresolved().stream().filter(f -> f.rule().equals(MuscleRangeRule.ID)).findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> review.acknowledge(range, "  ", "Dr A", NOW),
                "a reason is needed");
        review.acknowledge(range, "Severe flexion, previous 200 U without effect", "Dr A", NOW);
        assertTrue(review.isReady(), review.unresolved()::toString);

        // the dose is edited but the concern remains: the acknowledgement still covers it
        review.update(Plans.plan().target("biceps_brachii", Side.LEFT, "240", 5).check());
        assertTrue(review.isReady(), review.unresolved()::toString);
        assertEquals("Severe flexion, previous 200 U without effect", review.acknowledgements().get(0).reason());
    }

    @Test
    void aBlockCannotBeAcknowledgedLikeAWarningOnlyOverridden() {
        Plans plan = Plans.plan().earlier(Plans.session(Product.ABOBOTULINUMTOXIN_A, 500, 1, "2.5"))
                .target("biceps_brachii", Side.LEFT, "100", 4);
        PlanReview review = new PlanReview();
        review.update(plan.check());
        Finding twoProducts = review.unresolved().get(0);
        assertEquals(Severity.BLOCKING, twoProducts.severity());
        assertThrows(IllegalArgumentException.class, () -> review.acknowledge(twoProducts, "fine", "Dr A", NOW));
        assertFalse(review.isReady());
        review.override(twoProducts, "Legs with Dysport, arms with BOTOX, agreed at the MDT", "Dr A", NOW);
        assertTrue(review.isReady());
        assertTrue(review.acknowledgements().get(0).override());
    }

    @Test
    void anImpossibleDoseCannotBeOverridden() {
        PlanReview review = new PlanReview();
        review.update(Plans.plan().target("biceps_brachii", Side.LEFT, "-10", 2).check());
        Finding dose = review.unresolved().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> review.override(dose, "I insist", "Dr A", NOW));
        assertTrue(e.getMessage().contains("correct the plan"), e.getMessage());
    }

    @Test
    void informationNeedsNoAcknowledgement() {
        PlanReview review = new PlanReview();
        review.update(Plans.plan().target("deltoid", Side.LEFT, "50", 2).check());
        assertTrue(review.findings().stream().anyMatch(f -> f.severity() == Severity.INFO));
        assertTrue(review.isReady(), review.unresolved()::toString);
    }
}
