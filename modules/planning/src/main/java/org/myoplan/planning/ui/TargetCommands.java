package org.myoplan.planning.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.myoplan.atlas.Muscle;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Session;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.SiteTransfer;
import org.myoplan.planning.TargetChanges;
import org.myoplan.planning.TargetMuscles;
import org.myoplan.viewer.api.AnatomyView;
import org.myoplan.viewer.api.MuscleSelection;
import org.openide.util.NbBundle.Messages;

/**
 * The session editor's commands on the targets, from its toolbar, its keys and clicks in the 3D View:
 * each takes what it works on from the screen (the selected rows, the muscles selected in the 3D View or
 * the Muscles window, a clicked point), hands it to the plan's target changes, and tells the clinician
 * what was not done and why.
 */
@Messages({
    "MSG_NothingSelected=Select muscles in the 3D View or the Muscles window first.",
    "# {0} - muscles",
    "MSG_AlreadyPlanned=Already in the plan: {0}",
    "MSG_NoLastSession=The patient has no earlier session to copy from.",
    "# {0} - product",
    "MSG_CopiedWithoutDoses=The last session used {0}: the muscles are copied, the doses are not"
            + " (units of different products are never converted).",
    "MSG_SelectTarget=Select a target in the table first.",
    "MSG_GuideLabel=Pattern doses are the guide's starting doses for onabotulinumtoxinA: a guide, not a prescription."
})
final class TargetCommands {

    private final SessionDraft draft;
    private final TargetChanges changes;
    private final TargetMuscles muscles;
    private Optional<Session> lastSession;
    private final TargetsTable table;
    private final Consumer<String> tell;
    /** True while clicks in the 3D View place injection points on the selected target. */
    private boolean placingSites;

    TargetCommands(SessionDraft draft, TargetChanges changes, TargetMuscles muscles, Optional<Session> lastSession,
            TargetsTable table, Consumer<String> tell) {
        this.draft = draft;
        this.changes = changes;
        this.muscles = muscles;
        this.lastSession = lastSession;
        this.table = table;
        this.tell = tell;
    }

    /** The spasticity patterns the clinician can add. */
    List<String> patterns() {
        return changes.patternNames();
    }

    void addSelectedMuscles() {
        MuscleSelection selection = MuscleSelection.getDefault();
        if (selection == null || selection.keys().isEmpty()) {
            tell.accept(Bundle.MSG_NothingSelected());
            return;
        }
        List<String> already = changes.addMuscles(selection.keys());
        table.selectRow(draft.targets().size() - 1);
        if (!already.isEmpty()) {
            tell.accept(Bundle.MSG_AlreadyPlanned(String.join(", ", already)));
        }
    }

    void addPattern(String pattern, Side side) {
        List<String> already = changes.addPattern(pattern, side);
        tell.accept(already.isEmpty() ? Bundle.MSG_GuideLabel()
                : Bundle.MSG_AlreadyPlanned(String.join(", ", already)));
    }

    /** Whether there is a last session to copy from. */
    boolean canCopyForward() {
        return lastSession.isPresent();
    }

    void copyForward() {
        if (lastSession.isEmpty()) {
            tell.accept(Bundle.MSG_NoLastSession());
            return;
        }
        Session last = lastSession.get();
        if (draft.copyForward(last)) {
            tell.accept(Bundle.MSG_CopiedWithoutDoses(last.product().brand()));
        }
    }

    /** Removes the selected rows in one step, which one undo brings back. */
    void removeSelectedTargets() {
        int[] rows = table.getSelectedRows();
        if (rows.length == 0) {
            tell.accept(Bundle.MSG_SelectTarget());
            return;
        }
        table.dropTyping(); // the row goes: what was being typed in it goes too
        changes.remove(Arrays.stream(rows).boxed().toList());
        table.clearSelection();
        table.selectRow(Math.min(rows[0], draft.targets().size() - 1));
    }

    void clearSites() {
        int row = table.getSelectedRow();
        if (row < 0) {
            tell.accept(Bundle.MSG_SelectTarget());
            return;
        }
        changes.clearPoints(row);
    }

    /** While on, the 3D View lends its clicks to place injection points on the selected target. */
    void placeSites(boolean on) {
        placingSites = on;
        AnatomyView view = AnatomyView.getDefault();
        if (view != null) {
            view.setClickHandler(on ? this::placeSite : null);
        }
    }

    /** The editor closes: the 3D View gets its clicks back. */
    void stopPlacingSites() {
        if (placingSites) {
            placeSites(false);
        }
    }

    /** A click in the 3D View while placing sites: a point on the selected target's muscle, if it was hit. */
    private boolean placeSite(int x, int y) {
        int row = table.getSelectedRow();
        AnatomyView view = AnatomyView.getDefault();
        if (row < 0 || view == null) {
            tell.accept(Bundle.MSG_SelectTarget());
            return false;
        }
        Target target = draft.targets().get(row);
        for (Muscle muscle : muscles.musclesOf(target)) {
            Optional<double[]> point = view.surfacePointAt(muscle.key(), x, y);
            if (point.isPresent()) {
                changes.addPoint(row, new InjectionPoint(point.get()[0], point.get()[1], point.get()[2]));
                return true;
            }
        }
        return false;
    }

    /** The last session's sites moved onto another atlas with the plan's (the one shown changed). */
    void lastSessionMoved(SiteTransfer transfer) {
        lastSession = lastSession.map(transfer::transfer);
    }
}
