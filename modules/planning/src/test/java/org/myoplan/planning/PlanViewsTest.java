package org.myoplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.myoplan.planning.SessionDraftTest.draft;
import static org.myoplan.planning.SessionDraftTest.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.Session;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.model.Weight;

/** Totals, dose colours and the comparison with the previous session: what the editor and history show. */
class PlanViewsTest {

    @Test
    void totalsArePerLimbAndSideAndForTheSession() {
        SessionDraft draft = draft(Target.of("biceps_brachii", Side.LEFT, "100", 2), Target.of("brachialis", Side.LEFT,
                "50", 1), Target.of("soleus", Side.RIGHT, "75", 2), Target.of("biceps_brachii", Side.RIGHT, "0", 2));
        PlanTotals totals = PlanTotals.of(draft.facts());
        assertEquals(0, new BigDecimal("225").compareTo(totals.session()), "the invalid 0 U target is not counted");
        assertEquals("Session 225 U (BOTOX) · left upper limb 150 U · right lower limb 75 U", totals.summary());
    }

    @Test
    void doseBandsFollowTheReferenceRange() {
        SessionDraft draft = draft();
        PlanFacts facts = draft.facts();
        assertEquals(DoseBand.BELOW_RANGE, DoseBand.of(Target.of("biceps_brachii", Side.LEFT, "40", 2), facts));
        assertEquals(DoseBand.WITHIN_RANGE, DoseBand.of(Target.of("biceps_brachii", Side.LEFT, "200", 2), facts));
        assertEquals(DoseBand.ABOVE_RANGE, DoseBand.of(Target.of("biceps_brachii", Side.LEFT, "200.5", 2), facts));
        assertEquals(DoseBand.INVALID, DoseBand.of(Target.of("biceps_brachii", Side.LEFT, "0", 2), facts));
        assertEquals(DoseBand.NO_REFERENCE, DoseBand.of(Target.of("deltoid", Side.LEFT, "50", 2), facts));
    }

    @Test
    void aChildsRangeIsPerKgOfARecentWeight() {
        Patient child = new Patient("C-1", "Mia", LocalDate.of(2019, 1, 1), Sex.FEMALE,
                new Weight(new BigDecimal("20"), SessionDraftTest.DAY.minusDays(10)), "CP", Screening.notAsked());
        PlanFacts facts = new PlanFacts(child, session(), List.of(), ReferenceData.builtIn());
        // biceps 1.5-3 U/kg: 30-60 U at 20 kg
        assertEquals(DoseBand.WITHIN_RANGE, DoseBand.of(Target.of("biceps_brachii", Side.LEFT, "60", 4), facts));
        assertEquals(DoseBand.ABOVE_RANGE, DoseBand.of(Target.of("biceps_brachii", Side.LEFT, "61", 4), facts));
        Patient unweighed = new Patient("C-2", "Leo", LocalDate.of(2019, 1, 1), Sex.MALE, null, "CP",
                Screening.notAsked());
        assertEquals(DoseBand.NO_REFERENCE, DoseBand.of(Target.of("biceps_brachii", Side.LEFT, "61", 4),
                new PlanFacts(unweighed, session(), List.of(), ReferenceData.builtIn())));
    }

    @Test
    void comparisonMarksEveryChangeMuscleByMuscle() {
        Session previous = session(Target.of("biceps_brachii", Side.LEFT, "100", 2), Target.of("brachialis", Side.LEFT,
                "50", 1), Target.of("soleus", Side.LEFT, "75", 2));
        Session current = session(Target.of("biceps_brachii", Side.LEFT, "150", 3), Target.of("brachialis", Side.LEFT,
                "50", 1), Target.of("soleus", Side.LEFT, "50", 2),
                Target.of("flexor_digitorum_superficialis", Side.LEFT, "40",
                2));
        List<SessionComparison.Row> rows = SessionComparison.compare(previous, current);
        assertEquals(List.of(SessionComparison.Change.INCREASED, SessionComparison.Change.UNCHANGED,
                SessionComparison.Change.DECREASED, SessionComparison.Change.ADDED),
                rows.stream().map(SessionComparison.Row::change).toList());
        Session dropped = session(Target.of("biceps_brachii", Side.LEFT, "100", 2));
        SessionComparison.Row last = SessionComparison.compare(previous, dropped).get(2);
        assertEquals("soleus", last.muscleId());
        assertEquals(SessionComparison.Change.REMOVED, last.change());
    }

    @Test
    void unitsOfAnotherProductAreNotCompared() {
        Session previous = session(Target.of("biceps_brachii", Side.LEFT, "100", 2));
        Session dysport = new Session(previous.date(), "dr", Product.ABOBOTULINUMTOXIN_A, 500, 1, new BigDecimal("2.5"),
                "", null, null, previous.status(), "", List.of(Target.of("biceps_brachii", Side.LEFT, "300", 2)));
        assertEquals(SessionComparison.Change.OTHER_PRODUCT, SessionComparison.compare(previous,
                dysport).get(0).change());
    }

    @Test
    void theSameMuscleOnTheOtherSideIsAnotherRow() {
        Session previous = session(Target.of("biceps_brachii", Side.LEFT, "100", 2));
        Session current = session(Target.of("biceps_brachii", Side.RIGHT, "100", 2));
        assertEquals(List.of(SessionComparison.Change.ADDED, SessionComparison.Change.REMOVED),
                SessionComparison.compare(previous, current).stream().map(SessionComparison.Row::change).toList());
    }
}
