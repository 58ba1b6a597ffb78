package org.myoplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

class SessionDraftTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final Patient ADULT = new Patient("R-1", "Ana Novak", LocalDate.of(1960, 5, 1), Sex.FEMALE, null, "stroke",
            Screening.notAsked());

    static Session session(Target... targets) {
        return new Session(DAY, "dr", Product.ONABOTULINUMTOXIN_A, 100, 2, new BigDecimal("2"), "", null, null,
                SessionStatus.PLANNED, "", List.of(targets));
    }

    static SessionDraft draft(Target... targets) {
        return new SessionDraft(ADULT, List.of(), ReferenceData.builtIn(), new PlanState(session(targets), List.of()));
    }

    @Test
    void everyEditIsReportedWithTheStatesBeforeAndAfter() {
        SessionDraft draft = draft();
        List<PlanState[]> heard = new ArrayList<>();
        draft.addListener((before, after, restored) -> heard.add(new PlanState[] {before, after}));
        draft.addTarget(Target.of("biceps_brachii", Side.LEFT, "100", 2));
        assertEquals(1, heard.size());
        assertTrue(heard.get(0)[0].session().targets().isEmpty());
        assertEquals(1, heard.get(0)[1].session().targets().size());
    }

    @Test
    void aMuscleAddedWithoutADoseIsDoseNeededNotZero() {
        SessionDraft draft = draft();
        draft.addTarget(Target.doseNeeded("biceps_brachii", Side.LEFT, 2));
        assertFalse(draft.targets().get(0).hasDose());
        assertEquals(DoseBand.DOSE_NEEDED, DoseBand.of(draft.targets().get(0), draft.facts()));
        assertEquals(List.of("dose-needed"), draft.unresolved().stream().map(Finding::rule).toList());
        assertEquals(0, PlanTotals.of(draft.facts()).session().signum(), "a missing dose adds nothing to the totals");
        draft.replaceTarget(0, draft.targets().get(0).withUnits(new BigDecimal("100")));
        assertTrue(draft.unresolved().isEmpty(), draft.unresolved().toString());
    }

    @Test
    void anEditThatChangesNothingIsNoChange() {
        SessionDraft draft = draft(Target.of("biceps_brachii", Side.LEFT, "100", 2));
        List<Boolean> heard = new ArrayList<>();
        draft.addListener((before, after, restored) -> heard.add(restored));
        draft.replaceTarget(0, Target.of("biceps_brachii", Side.LEFT, "100", 2));
        assertTrue(heard.isEmpty());
    }

    @Test
    void anExcessiveDoseIsARangeWarningThatAnAcknowledgementResolves() {
        SessionDraft draft = draft(Target.of("biceps_brachii", Side.LEFT, "100", 2));
        assertTrue(rangeFinding(draft).isEmpty(), "100 U is within the biceps range");
        draft.replaceTarget(0, Target.of("biceps_brachii", Side.LEFT, "250", 4));
        Finding range = rangeFinding(draft).orElseThrow();
        assertTrue(draft.unresolved().contains(range));
        draft.acknowledge(range, "Very strong flexor tone", "dr");
        assertFalse(draft.unresolved().contains(range));
        assertEquals("Very strong flexor tone", draft.acknowledgementOf(range).orElseThrow().reason());
    }

    @Test
    void anAcknowledgementNeedsAReason() {
        SessionDraft draft = draft(Target.of("biceps_brachii", Side.LEFT, "250", 4));
        Finding range = rangeFinding(draft).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> draft.acknowledge(range, "  ", "dr"));
        assertTrue(draft.unresolved().contains(range));
    }

    @Test
    void restoringAStateRechecksItAndSaysItWasRestored() {
        SessionDraft draft = draft(Target.of("biceps_brachii", Side.LEFT, "100", 2));
        PlanState within = draft.state();
        draft.replaceTarget(0, Target.of("biceps_brachii", Side.LEFT, "250", 4));
        List<Boolean> heard = new ArrayList<>();
        draft.addListener((before, after, restored) -> heard.add(restored));
        draft.restore(within);
        assertEquals(List.of(true), heard);
        assertTrue(rangeFinding(draft).isEmpty());
    }

    @Test
    void removingATargetAndPuttingTheStateBackRestoresIt() {
        SessionDraft draft = draft(Target.of("biceps_brachii", Side.LEFT, "100", 2), Target.of("brachialis", Side.LEFT,
                "50", 1));
        PlanState both = draft.state();
        draft.removeTarget(0);
        assertEquals(List.of("brachialis"), draft.targets().stream().map(Target::muscleId).toList());
        draft.restore(both);
        assertEquals(both, draft.state());
        assertTrue(draft.hasTarget("biceps_brachii", Side.LEFT));
    }

    @Test
    void removingSeveralTargetsIsOneChange() {
        SessionDraft draft = draft(Target.of("biceps_brachii", Side.LEFT, "100", 2), Target.of("brachialis", Side.LEFT,
                "50", 1), Target.of("brachioradialis", Side.LEFT, "60", 1));
        PlanState all = draft.state();
        List<PlanState> before = new ArrayList<>();
        draft.addListener((b, after, restored) -> before.add(b));
        draft.removeTargets(List.of(2, 0));
        assertEquals(List.of("brachialis"), draft.targets().stream().map(Target::muscleId).toList());
        assertEquals(List.of(all), before, "one change, from the state with all three");
    }

    @Test
    void copyForwardAddsTheMissingTargetsWithTheirDosesForTheSameProduct() {
        SessionDraft draft = draft(Target.of("biceps_brachii", Side.LEFT, "80", 2));
        Session last = session(Target.of("biceps_brachii", Side.LEFT, "100", 2), Target.of("brachialis", Side.LEFT,
                "50", 1));
        assertFalse(draft.copyForward(last), "the doses come along");
        assertEquals(2, draft.targets().size());
        assertEquals(0, new BigDecimal("80").compareTo(draft.targets().get(0).units()),
                "the plan's own biceps dose stays");
        assertEquals(0, new BigDecimal("50").compareTo(draft.targets().get(1).units()));
    }

    @Test
    void copyForwardFromAnotherProductLeavesTheDosesOut() {
        SessionDraft draft = draft();
        Session dysport = new Session(DAY.minusMonths(4), "dr", Product.ABOBOTULINUMTOXIN_A, 500, 1,
                new BigDecimal("2.5"), "", null, null, SessionStatus.ADMINISTERED, "",
                List.of(Target.of("soleus", Side.RIGHT, "300", 2)));
        assertTrue(draft.copyForward(dysport), "the doses are left out");
        assertEquals("soleus", draft.targets().get(0).muscleId());
        assertFalse(draft.targets().get(0).hasDose(), "300 Dysport units are not 300 BOTOX units, nor 0: no dose yet");
        assertTrue(draft.unresolved().stream().anyMatch(f -> "soleus".equals(f.muscleId())
                && f.rule().equals("dose-needed")), "the missing dose is a finding");
    }

    private static Optional<Finding> rangeFinding(SessionDraft draft) {
        return draft.findings().stream()
                .filter(f -> f.rule().equals("muscle-range") && "biceps_brachii".equals(f.muscleId()))
                .findFirst();
    }
}
