package org.myoplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myoplan.planning.SessionDraftTest.ADULT;
import static org.myoplan.planning.SessionDraftTest.DAY;
import static org.myoplan.planning.SessionDraftTest.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/** Each change of the targets: what it does, what it refuses and says, and that one undo puts the plan back. */
class TargetChangesTest {

    private static TargetMuscles muscles;

    @BeforeAll
    static void loadAtlas() {
        muscles = new TargetMuscles(Atlas.loadDefault(), ReferenceData.builtIn());
    }

    /** The draft, its changes, and every state before a change, as the undo keeps them. */
    private record Editing(SessionDraft draft, TargetChanges changes, List<PlanState> befores) {
        static Editing of(SessionDraft draft) {
            List<PlanState> befores = new ArrayList<>();
            draft.addListener((before, after, restored) -> befores.add(before));
            return new Editing(draft, new TargetChanges(draft, muscles), befores);
        }

        Target target(int row) {
            return draft.targets().get(row);
        }

        /** Puts back the state before the last change, as Edit > Undo does. */
        void undo() {
            draft.restore(befores.get(befores.size() - 1));
        }
    }

    private static Editing editing(Target... targets) {
        return Editing.of(draft(targets));
    }

    private static final Target BICEPS = Target.of("biceps_brachii", Side.LEFT, "100", 2);
    private static final Target BRACHIALIS = Target.of("brachialis", Side.LEFT, "50", 1);

    @Test
    void selectedMusclesAreAddedWithoutADoseAndWithTheReferencesFewestSites() {
        Editing e = editing();
        List<String> already = e.changes().addMuscles(List.of(Muscle.key("biceps_brachii", Side.LEFT),
                Muscle.key("soleus", Side.RIGHT), Muscle.key("deltoid", Side.LEFT)));
        assertEquals(List.of(), already);
        assertEquals(List.of(Target.doseNeeded("biceps_brachii", Side.LEFT, 2),
                Target.doseNeeded("soleus", Side.RIGHT, 3), Target.doseNeeded("deltoid", Side.LEFT, 1)),
                e.draft().targets(),
                "BOTOX adult: biceps 2 sites, soleus 3; the deltoid has no reference, so one");
    }

    @Test
    void aMuscleAlreadyPlannedIsNamedAndKeepsItsDose() {
        Editing e = editing(BICEPS);
        List<String> already = e.changes().addMuscles(List.of(Muscle.key("biceps_brachii", Side.LEFT),
                Muscle.key("biceps_brachii", Side.RIGHT), "no_such_muscle.left"));
        assertEquals(List.of("Biceps brachii (left)"), already);
        assertEquals(List.of(BICEPS, Target.doseNeeded("biceps_brachii", Side.RIGHT, 2)), e.draft().targets(),
                "the left biceps stays as planned, the right one is new, an unknown key adds nothing");
    }

    @Test
    void anotherProductTakesItsOwnFewestSites() {
        Session session = new Session(DAY, "dr", Product.ABOBOTULINUMTOXIN_A, 500, 1, new BigDecimal("2.5"), "", null,
                null, SessionStatus.PLANNED, "", List.of());
        SessionDraft dysport = new SessionDraft(ADULT, List.of(), ReferenceData.builtIn(),
                new PlanState(session, List.of()));
        new TargetChanges(dysport, muscles).addMuscles(List.of(Muscle.key("soleus", Side.LEFT)));
        assertEquals(1, dysport.targets().get(0).sites(),
                "Dysport's soleus row gives no sites: one, not BOTOX's three");
    }

    @Test
    void aPatternAddsItsMusclesWithTheGuidesStartingDoses() {
        Editing e = editing();
        assertTrue(e.changes().patternNames().contains("Flexed elbow"), e.changes().patternNames().toString());
        assertEquals(List.of(), e.changes().addPattern("Flexed elbow", Side.RIGHT));
        assertEquals(List.of("brachioradialis", "biceps_brachii", "brachialis"),
                e.draft().targets().stream().map(Target::muscleId).toList());
        Target biceps = e.target(1);
        assertEquals(Side.RIGHT, biceps.side());
        assertEquals(0, new BigDecimal("80").compareTo(biceps.units()), "the guide's 80 U");
        assertEquals(2, biceps.sites());
        assertTrue(biceps.guideDose(), "marked as the guide's dose");
    }

    @Test
    void aPatternLeavesTheMusclesAlreadyPlannedAsTheyAre() {
        Editing e = editing(BICEPS);
        assertEquals(List.of("Biceps brachii"), e.changes().addPattern("Flexed elbow", Side.LEFT));
        assertEquals(3, e.draft().targets().size());
        assertEquals(BICEPS, e.target(0), "100 U stays, not the guide's 80");
    }

    @Test
    void removingTakesTheRowsAwayAndOneUndoBringsThemBack() {
        Editing e = editing(BICEPS, BRACHIALIS, Target.of("brachioradialis", Side.LEFT, "60", 1));
        PlanState all = e.draft().state();
        e.changes().remove(List.of(0, 2));
        assertEquals(List.of(BRACHIALIS), e.draft().targets());
        e.undo();
        assertEquals(all, e.draft().state());
    }

    @Test
    void unitsAreReadInTheCliniciansLocale() {
        Editing e = editing(BICEPS);
        assertEquals(Optional.empty(), e.changes().setUnits(0, "72,5", Locale.GERMANY));
        assertEquals(0, new BigDecimal("72.5").compareTo(e.target(0).units()));
        e.undo();
        assertEquals(BICEPS, e.target(0));
    }

    @Test
    void unitsThatDoNotReadAreRefusedWithAMessageAndChangeNothing() {
        Editing e = editing(BICEPS);
        Optional<String> problem = e.changes().setUnits(0, "lots", Locale.UK);
        assertTrue(problem.isPresent() && !problem.get().isBlank(), problem.toString());
        assertEquals(BICEPS, e.target(0));
        assertTrue(e.befores().isEmpty(), "no change, nothing to undo");
    }

    @Test
    void sitesFromOneToTwentyAreTaken() {
        Editing e = editing(BICEPS);
        assertEquals(Optional.empty(), e.changes().setSites(0, 20));
        assertEquals(20, e.target(0).sites());
        assertEquals(Optional.empty(), e.changes().setSites(0, 1));
        assertEquals(1, e.target(0).sites());
    }

    @Test
    void sitesOutsideOneToTwentyAreRefusedWithAMessage() {
        Editing e = editing(BICEPS);
        for (Integer wrong : new Integer[] {0, -1, 21, null}) {
            assertEquals(Optional.of("Sites must be a whole number from 1 to 20"), e.changes().setSites(0, wrong),
                    String.valueOf(wrong));
        }
        assertEquals(BICEPS, e.target(0));
        assertTrue(e.befores().isEmpty());
    }

    @Test
    void anotherSideMovesTheTargetAndLeavesItsPointsBehind() {
        Target withPoint = BICEPS.withInjectionPoints(List.of(new InjectionPoint(0.1, 1.2, 0.05)));
        Editing e = editing(withPoint);
        e.changes().setSide(0, Side.LEFT);
        assertTrue(e.befores().isEmpty(), "the same side is no change");
        e.changes().setSide(0, Side.RIGHT);
        assertEquals(Side.RIGHT, e.target(0).side());
        assertEquals(List.of(), e.target(0).injectionPoints(), "the points were on the left biceps");
        assertEquals(0, new BigDecimal("100").compareTo(e.target(0).units()), "the dose moves with it");
        e.undo();
        assertEquals(withPoint, e.target(0), "undo brings the side and the points back");
    }

    @Test
    void guidanceAndNotesAreSet() {
        Editing e = editing(BICEPS);
        e.changes().setGuidance(0, Guidance.EMG);
        assertEquals(Guidance.EMG, e.target(0).guidance());
        e.changes().setNotes(0, "  stretch after  ");
        assertEquals("stretch after", e.target(0).notes());
        e.changes().setNotes(0, null);
        assertEquals("", e.target(0).notes());
        assertEquals(Guidance.EMG, e.target(0).guidance(), "a note leaves the guidance");
        assertEquals(3, e.befores().size(), "three changes, three undo steps");
    }

    @Test
    void pointsAreAddedInOrderAndClearedInOneChange() {
        Editing e = editing(BICEPS, BRACHIALIS);
        InjectionPoint first = new InjectionPoint(0.1, 1.2, 0.05), second = new InjectionPoint(0.12, 1.18, 0.05);
        e.changes().addPoint(1, first);
        e.changes().addPoint(1, second);
        assertEquals(List.of(first, second), e.target(1).injectionPoints());
        assertEquals(List.of(), e.target(0).injectionPoints(), "only the target's own row");
        e.undo();
        assertEquals(List.of(first), e.target(1).injectionPoints(), "undo takes the last point only");
        e.changes().addPoint(1, second);
        e.changes().clearPoints(1);
        assertEquals(List.of(), e.target(1).injectionPoints());
        e.undo();
        assertEquals(List.of(first, second), e.target(1).injectionPoints());
    }

    @Test
    void suggestedSitesJoinThePointsInOneChangeAndTheSitesFollow() {
        Editing e = editing(BICEPS);
        InjectionPoint clicked = new InjectionPoint(0.1, 1.2, 0.05), a = new InjectionPoint(0.11, 1.25, 0.05),
                b = new InjectionPoint(0.11, 1.15, 0.05);
        e.changes().addPoint(0, clicked);
        int changes = e.befores().size();
        assertEquals(Optional.empty(), e.changes().usePoints(0, List.of(clicked, a, b)));
        assertEquals(List.of(clicked, a, b), e.target(0).injectionPoints(), "a point it has is not added twice");
        assertEquals(3, e.target(0).sites(), "the number of sites follows the points");
        assertEquals(changes + 1, e.befores().size(), "one change, one undo step");
        e.undo();
        assertEquals(List.of(clicked), e.target(0).injectionPoints());
        assertEquals(2, e.target(0).sites());
        e.changes().usePoints(0, List.of(a));
        assertTrue(e.changes().usePoints(0, List.of(a)).orElseThrow().contains("already"), "nothing new: said so");
    }

    @Test
    void noMoreSuggestedSitesThanATargetMayHave() {
        Editing e = editing(BICEPS);
        List<InjectionPoint> many = new ArrayList<>();
        for (int i = 0; i <= TargetChanges.MOST_SITES; i++) {
            many.add(new InjectionPoint(0.1, 1.0 + i * 0.01, 0.05));
        }
        assertTrue(e.changes().usePoints(0, many).orElseThrow().contains("at most"));
        assertEquals(List.of(), e.target(0).injectionPoints(), "refused: nothing changed");
    }

    @Test
    void everyChangeIsRecheckedAtOnce() {
        Editing e = editing(Target.doseNeeded("biceps_brachii", Side.LEFT, 2));
        assertFalse(e.draft().unresolved().isEmpty(), "dose needed");
        e.changes().setUnits(0, "100", Locale.UK);
        assertTrue(e.draft().unresolved().isEmpty(), e.draft().unresolved().toString());
    }
}
