package org.myoplan.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.Severity;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Product;
import org.myoplan.model.Side;

/** The one entry point of the dosing check: facts, findings, and the plan's acknowledgements applied. */
class PlanCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void theFindingsAreTheCheckersOnThePlansFacts() {
        Plans plans = Plans.plan().target("biceps_brachii", Side.LEFT, "250", 5).target("biceps_brachii", Side.RIGHT,
                "60", 3);
        PlanCheck check = PlanCheck.of(plans.asPlan(), Plans.REFERENCE);
        assertEquals(plans.check(), check.review().findings());
        assertEquals(plans.currentSession(), check.facts().session());
        assertEquals(0, new BigDecimal("310").compareTo(check.facts().sessionUnits()));
        assertFalse(check.isReady(), "the dose above the range waits for an acknowledgement");
    }

    @Test
    void thePlansAcknowledgementCoversItsFinding() {
        Plans plans = Plans.plan().target("biceps_brachii", Side.LEFT, "250", 5);
        Finding range = PlanCheck.of(plans.asPlan(), Plans.REFERENCE).review().unresolved().stream()
                .filter(f -> f.severity() == Severity.WARNING).findFirst().orElseThrow();
        Acknowledgement given = new Acknowledgement(range.key(), "Severe flexion, 200 U without effect", "Dr A", NOW,
                false);

        PlanCheck check = PlanCheck.of(plans.asPlan(given), Plans.REFERENCE);
        assertTrue(check.isReady(), check.review().unresolved()::toString);
        assertEquals(given, check.review().acknowledgementOf(range).orElseThrow());
    }

    @Test
    void anAcknowledgementDoesNotPassABlockOnlyAnOverrideDoes() {
        Plans plans = Plans.plan().earlier(Plans.session(Product.ABOBOTULINUMTOXIN_A, 500, 1, "2.5"))
                .target("biceps_brachii", Side.LEFT, "100", 4);
        Finding twoProducts = PlanCheck.of(plans.asPlan(), Plans.REFERENCE).review().unresolved().get(0);
        assertEquals(Severity.BLOCKING, twoProducts.severity());

        Acknowledgement acknowledged = new Acknowledgement(twoProducts.key(), "agreed at the MDT", "Dr A", NOW, false);
        assertFalse(PlanCheck.of(plans.asPlan(acknowledged), Plans.REFERENCE).isReady());
        Acknowledgement overridden = new Acknowledgement(twoProducts.key(), "agreed at the MDT", "Dr A", NOW, true);
        assertTrue(PlanCheck.of(plans.asPlan(overridden), Plans.REFERENCE).isReady());
    }

    @Test
    void anAcknowledgementWhoseFindingIsGoneStaysOnRecord() {
        Acknowledgement old = new Acknowledgement("range:biceps_brachii:left", "kept", "Dr A", NOW, false);
        PlanCheck check = PlanCheck.of(Plans.plan().target("biceps_brachii", Side.LEFT, "100", 4).asPlan(old),
                Plans.REFERENCE);
        assertTrue(check.isReady());
        assertEquals(List.of(old), check.review().acknowledgements());
    }
}
