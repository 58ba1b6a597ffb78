package org.myoplan.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.planning.PlanState;
import org.myoplan.planning.SessionDraft;

/** Each change of the plan is one undo step; typing in a cell is undone before the plan is. */
class PlanUndoTest {

    static final Target BICEPS = Target.of("biceps_brachii", Side.LEFT, "100", 2);
    static final Target BRACHIALIS = Target.of("brachialis", Side.LEFT, "50", 1);

    static SessionDraft draft(Target... targets) {
        Patient patient = new Patient("R-1", "Ana Novak", LocalDate.of(1960, 5, 1), Sex.FEMALE, null, "stroke",
                Screening.notAsked());
        Session session = new Session(LocalDate.of(2026, 11, 29), "dr", Product.ONABOTULINUMTOXIN_A, 100, 2,
                new BigDecimal("2"), "", null, null, SessionStatus.PLANNED, "", List.of(targets));
        return new SessionDraft(patient, List.of(), ReferenceData.builtIn(), new PlanState(session, List.of()));
    }

    private final List<String> told = new ArrayList<>();

    @Test
    void undoPutsEachChangeBackInTurnAndRedoDoesItAgain() {
        SessionDraft draft = draft(BICEPS);
        PlanUndo undo = new PlanUndo(draft, () -> false, told::add);
        PlanState first = draft.state();
        draft.addTarget(BRACHIALIS);
        PlanState second = draft.state();
        draft.removeTarget(0);
        PlanState third = draft.state();
        undo.undoLast();
        assertEquals(second, draft.state());
        undo.undoLast();
        assertEquals(first, draft.state());
        assertFalse(undo.steps().canUndo());
        undo.redoLast();
        undo.redoLast();
        assertEquals(third, draft.state());
        assertFalse(undo.steps().canRedo());
        assertEquals(List.of(), told);
    }

    @Test
    void undoingIsNotItselfAStepAndANewChangeEndsTheRedo() {
        SessionDraft draft = draft(BICEPS);
        PlanUndo undo = new PlanUndo(draft, () -> false, told::add);
        draft.addTarget(BRACHIALIS);
        undo.undoLast();
        assertFalse(undo.steps().canUndo(), "putting the state back added no step");
        assertTrue(undo.steps().canRedo());
        draft.removeTarget(0);
        assertFalse(undo.steps().canRedo(), "a new change: the undone one cannot come back");
        undo.undoLast();
        assertEquals(List.of(BICEPS), draft.targets());
    }

    @Test
    void withNothingToUndoOrRedoTheClinicianIsTold() {
        SessionDraft draft = draft(BICEPS);
        PlanUndo undo = new PlanUndo(draft, () -> false, told::add);
        undo.undoLast();
        undo.redoLast();
        assertEquals(List.of("Nothing to undo.", "Nothing to redo."), told);
        assertEquals(List.of(BICEPS), draft.targets());
    }

    @Test
    void typingInACellIsUndoneBeforeThePlan() {
        SessionDraft draft = draft(BICEPS);
        boolean[] typing = {true};
        PlanUndo undo = new PlanUndo(draft, () -> {
            boolean was = typing[0];
            typing[0] = false;
            return was;
        }, told::add);
        draft.addTarget(BRACHIALIS);
        undo.undoLast();
        assertEquals(2, draft.targets().size(), "the first undo only closed the cell");
        undo.undoLast();
        assertEquals(List.of(BICEPS), draft.targets());
    }
}
