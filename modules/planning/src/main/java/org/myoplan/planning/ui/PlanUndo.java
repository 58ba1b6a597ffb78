package org.myoplan.planning.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.event.UndoableEditEvent;
import javax.swing.undo.AbstractUndoableEdit;
import org.myoplan.planning.PlanState;
import org.myoplan.planning.SessionDraft;
import org.openide.awt.UndoRedo;
import org.openide.util.NbBundle.Messages;

/**
 * The undo of one plan: every change the draft reports becomes one step of the editor's UndoRedo, which
 * the platform's Edit > Undo and Redo use; undoing a step puts the whole state before it back, which
 * keeps undo exact. The undo and redo keys come here too.
 */
@Messages({"MSG_NothingToUndo=Nothing to undo.", "MSG_NothingToRedo=Nothing to redo."})
final class PlanUndo {

    private final SessionDraft draft;
    private final UndoRedo.Manager steps = new UndoRedo.Manager();
    private final BooleanSupplier dropTyping;
    private final Consumer<String> tell;

    /**
     * @param dropTyping closes a table cell being typed in as it was, answering whether there was one
     * @param tell shows the clinician why nothing happened
     */
    PlanUndo(SessionDraft draft, BooleanSupplier dropTyping, Consumer<String> tell) {
        this.draft = draft;
        this.dropTyping = dropTyping;
        this.tell = tell;
        draft.addListener((before, after, restored) -> {
            if (!restored) {
                steps.undoableEditHappened(new UndoableEditEvent(this, new PlanEdit(before, after)));
            }
        });
    }

    /** Forgets every step: they cannot be undone any more (the sites moved onto another atlas). */
    void forgetAll() {
        steps.discardAllEdits();
    }

    /** For the platform's Edit > Undo and Redo. */
    UndoRedo steps() {
        return steps;
    }

    /** Typing in a cell is undone first (the cell closes as it was); then the plan's last change. */
    void undoLast() {
        if (dropTyping.getAsBoolean()) {
            return;
        }
        if (steps.canUndo()) {
            steps.undo();
        } else {
            tell.accept(Bundle.MSG_NothingToUndo());
        }
    }

    void redoLast() {
        if (steps.canRedo()) {
            steps.redo();
        } else {
            tell.accept(Bundle.MSG_NothingToRedo());
        }
    }

    /** One change of the plan, undone by putting the state before it back. */
    private final class PlanEdit extends AbstractUndoableEdit {
        private final PlanState before;
        private final PlanState after;

        PlanEdit(PlanState before, PlanState after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public void undo() {
            super.undo();
            draft.restore(before);
        }

        @Override
        public void redo() {
            super.redo();
            draft.restore(after);
        }
    }
}
