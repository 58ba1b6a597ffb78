package org.myoplan.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myoplan.planning.ui.PlanUndoTest.BICEPS;
import static org.myoplan.planning.ui.PlanUndoTest.BRACHIALIS;
import static org.myoplan.planning.ui.PlanUndoTest.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.TargetChanges;
import org.myoplan.planning.TargetMuscles;
import org.myoplan.viewer.api.MuscleSelection;

/** The editor's commands take what is selected on screen to the plan, and say why they did nothing. */
class TargetCommandsTest {

    private static TargetMuscles muscles;
    private final List<String> told = new ArrayList<>();
    private SessionDraft draft;
    private TargetsTable table;
    private PlanUndo undo;

    @BeforeAll
    static void loadAtlas() {
        muscles = new TargetMuscles(Atlas.loadDefault(), ReferenceData.builtIn());
    }

    @AfterEach
    void clearSelection() {
        MuscleSelection.getDefault().select(List.of());
    }

    private TargetCommands commands(Target... targets) {
        draft = draft(targets);
        TargetChanges changes = new TargetChanges(draft, muscles);
        table = new TargetsTable(new TargetTableModel(draft, changes, muscles, true, told::add), told::add);
        draft.addListener((before, after, restored) -> table.showChanges());
        undo = new PlanUndo(draft, table::dropTyping, told::add);
        return new TargetCommands(draft, changes, muscles, Optional.empty(), table, told::add);
    }

    @Test
    void theSelectedRowsGoInOneStepAndTheNextRowIsSelected() {
        TargetCommands commands = commands(BICEPS, BRACHIALIS, Target.of("brachioradialis", Side.LEFT, "60", 1));
        table.setRowSelectionInterval(0, 0);
        table.addRowSelectionInterval(2, 2);
        commands.removeSelectedTargets();
        assertEquals(List.of(BRACHIALIS), draft.targets());
        assertEquals(0, table.getSelectedRow(), "the row now where the first removed one was");
        undo.undoLast();
        assertEquals(3, draft.targets().size(), "one undo brings both back");
    }

    @Test
    void withoutASelectedRowNothingIsRemovedOrClearedAndTheClinicianIsTold() {
        TargetCommands commands = commands(BICEPS);
        commands.removeSelectedTargets();
        commands.clearSites();
        assertEquals(List.of("Select a target in the table first.", "Select a target in the table first."), told);
        assertEquals(List.of(BICEPS), draft.targets());
    }

    @Test
    void theSelectedMusclesAreAddedAndTheNewLastRowIsSelected() {
        TargetCommands commands = commands(BICEPS);
        MuscleSelection.getDefault().select(
                List.of(Muscle.key("biceps_brachii", Side.LEFT), Muscle.key("soleus", Side.RIGHT)));
        commands.addSelectedMuscles();
        assertEquals(List.of(BICEPS, Target.doseNeeded("soleus", Side.RIGHT, 3)), draft.targets());
        assertEquals(1, table.getSelectedRow());
        assertEquals(List.of("Already in the plan: Biceps brachii (left)"), told);
    }

    @Test
    void withNoMuscleSelectedTheClinicianIsToldWhereToSelect() {
        TargetCommands commands = commands();
        commands.addSelectedMuscles();
        assertEquals(List.of("Select muscles in the 3D View or the Muscles window first."), told);
        assertTrue(draft.targets().isEmpty());
    }

    @Test
    void aPatternSaysItsDosesAreTheGuidesOrWhichMusclesWerePlannedAlready() {
        TargetCommands commands = commands();
        commands.addPattern("Flexed elbow", Side.LEFT);
        commands.addPattern("Flexed elbow", Side.LEFT);
        assertEquals(3, draft.targets().size());
        assertEquals(2, told.size());
        assertTrue(told.get(0).startsWith("Pattern doses are the guide's starting doses"), told.get(0));
        assertEquals("Already in the plan: Brachioradialis, Biceps brachii, Brachialis", told.get(1));
    }

    @Test
    void withoutAnEarlierSessionThereIsNothingToCopyForward() {
        TargetCommands commands = commands(BICEPS);
        commands.copyForward();
        assertEquals(List.of("The patient has no earlier session to copy from."), told);
        assertEquals(List.of(BICEPS), draft.targets());
    }

    @Test
    void theTableRefusesUnitsAndSitesThatDoNotReadNamingTheTarget() {
        commands(BICEPS);
        table.getModel().setValueAt("lots", 0, TargetTableModel.UNITS);
        table.getModel().setValueAt(21, 0, TargetTableModel.SITES);
        assertEquals(List.of(BICEPS), draft.targets());
        assertEquals(2, told.size());
        assertTrue(told.get(0).startsWith("biceps_brachii (left): "), told.get(0));
        assertEquals("Sites must be a whole number from 1 to 20", told.get(1));
        table.getModel().setValueAt(3, 0, TargetTableModel.SITES);
        assertEquals(3, draft.targets().get(0).sites());
    }
}
