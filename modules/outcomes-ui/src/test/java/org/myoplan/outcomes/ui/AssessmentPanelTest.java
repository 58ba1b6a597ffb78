package org.myoplan.outcomes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myoplan.outcomes.Records.given;
import static org.myoplan.outcomes.Records.mas;

import java.awt.Component;
import java.awt.Container;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.myoplan.model.Assessment;
import org.myoplan.model.Patient;
import org.myoplan.model.Screening;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.outcomes.AssessmentEntry;
import org.myoplan.outcomes.AssessmentEntry.Checked;
import org.myoplan.outcomes.PatientOutcomes;
import org.myoplan.outcomes.Records;

/**
 * The Add Assessment form without a window: its tables edited through their own cell editors, as a click
 * in a cell and a choice in its list do, with the check wired as the dialog wires it.
 */
class AssessmentPanelTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
    private static final int MUSCLE = 0, SIDE = 1, GRADE = 2, GOAL = 0, SCORE = 1;

    private final PatientOutcomes outcomes = new PatientOutcomes(
            new Patient(Records.RECORD, "Anna Meier", LocalDate.parse("1957-06-02"), Sex.FEMALE, null, null,
            Screening.notAsked()), List.of(),
            List.of(given(7, "2026-11-15", Target.of("biceps_brachii", Side.LEFT, "100", 4),
                    Target.of("flexor_carpi_radialis", Side.LEFT, "50", 2))));
    private final AssessmentPanel panel = new AssessmentPanel(outcomes, TODAY);
    private final List<Checked> checks = new ArrayList<>();
    private final JTable ashworth = find(JTable.class, "assessment.ashworth");
    private final JTable goals = find(JTable.class, "assessment.goals");

    AssessmentPanelTest() {
        panel.checkWith(new AssessmentEntry(TODAY, Records::name), checks::add);
    }

    @Test
    void choosingAGradeEndsTheEditAndTheCheckSeesTheGrade() {
        assertEquals(2, ashworth.getRowCount(), "the muscles of the session followed");

        choose(ashworth, 0, GRADE, "3"); // before issue 11's fix: StackOverflowError in AshworthRows.setValueAt

        assertFalse(ashworth.isEditing(), "the cell is closed once the grade is chosen");
        assertEquals("3", ashworth.getValueAt(0, GRADE));
        Checked checked = last();
        assertEquals(List.of(mas("biceps_brachii", Side.LEFT, "3")), checked.assessment().orElseThrow().ashworth());
        assertEquals(List.of("Not graded, so not saved: Flexor carpi radialis (left)."), checked.warnings());

        choose(ashworth, 1, GRADE, "1+");
        assertFalse(ashworth.isEditing());
        assertEquals(List.of(mas("biceps_brachii", Side.LEFT, "3"), mas("flexor_carpi_radialis", Side.LEFT, "1+")),
                last().assessment().orElseThrow().ashworth());
        assertTrue(last().warnings().isEmpty(), last().warnings()::toString);
    }

    @Test
    void everyColumnOfBothTablesIsEditedThroughItsEditorAndSaved() {
        push("assessment.addMuscle");
        assertTrue(ashworth.isEditing(), "a new row opens its muscle for choosing");
        choose(ashworth, 2, MUSCLE, "gastrocnemius_medial");
        choose(ashworth, 2, SIDE, Side.RIGHT);
        choose(ashworth, 2, GRADE, "2");
        choose(ashworth, 0, GRADE, "1+");
        choose(ashworth, 0, SIDE, Side.RIGHT); // the biceps was graded on the other side

        push("assessment.addGoal");
        type(goals, 0, GOAL, "Open the hand for hygiene");
        choose(goals, 0, SCORE, "+1");
        push("assessment.addGoal");
        type(goals, 1, GOAL, "Walk to the shop");
        choose(goals, 1, SCORE, "-1");

        assertFalse(ashworth.isEditing() || goals.isEditing());
        Assessment saved = last().assessment().orElseThrow();
        assertEquals(List.of(mas("biceps_brachii", Side.RIGHT, "1+"), mas("gastrocnemius_medial", Side.RIGHT, "2")),
                saved.ashworth(), "the flexor carpi radialis is left ungraded");
        assertEquals(List.of(new Assessment.Goal("Open the hand for hygiene", 1),
                new Assessment.Goal("Walk to the shop", -1)), saved.goals());
        assertTrue(panel.edited());

        ashworth.setRowSelectionInterval(1, 1);
        push("assessment.removeMuscle");
        goals.setRowSelectionInterval(0, 0);
        push("assessment.removeGoal");
        assertEquals(2, ashworth.getRowCount());
        assertEquals("gastrocnemius_medial", ashworth.getValueAt(1, MUSCLE));
        assertEquals(List.of(new Assessment.Goal("Walk to the shop", -1)), last().assessment().orElseThrow().goals());
        assertTrue(last().warnings().isEmpty(), last().warnings()::toString);
    }

    @Test
    void aGoalStillBeingTypedIsPartOfWhatSaveTakes() {
        push("assessment.addGoal");
        JTextField cell = (JTextField) goals.getEditorComponent();
        cell.setText("Put on a shirt without help"); // no Enter: Save is pressed at once

        AssessmentEntry.Draft draft = panel.finishedDraft();

        assertFalse(goals.isEditing());
        assertEquals(List.of(new AssessmentEntry.GoalRow("Put on a shirt without help", "")), draft.goals());
    }

    @Test
    void aBadValueKeepsItsTextAndTheMessageNamesTheField() {
        // e.g. pasted into the cell: the form keeps it as written until the clinician corrects it
        ashworth.setValueAt("5", 0, GRADE);
        push("assessment.addGoal");
        type(goals, 0, GOAL, "Open the hand for hygiene");
        goals.setValueAt("3", 0, SCORE);

        assertEquals("5", ashworth.getValueAt(0, GRADE));
        assertEquals("3", goals.getValueAt(0, SCORE));
        assertEquals(List.of("Modified Ashworth grade of Biceps brachii (left): \"5\" is not on the scale; choose 0, "
                + "1, 1+, 2, 3 or 4.",
                "GAS score of goal 1 (\"Open the hand for hygiene\"): \"3\" is not a score; choose -2, -1, 0, +1 or "
                    + "+2."),
                last().errors());
        assertFalse(last().saveable());
    }

    /** Opens the cell's editor and chooses in its list, as a click on an entry of the drop-down does. */
    private static void choose(JTable table, int row, int column, Object value) {
        assertTrue(table.editCellAt(row, column), "the cell opens for editing");
        JComboBox<?> list = (JComboBox<?>) table.getEditorComponent();
        list.setSelectedItem(value);
    }

    /** Types into the cell's editor and presses Enter. */
    private static void type(JTable table, int row, int column, String text) {
        if (!table.isEditing() || table.getEditingRow() != row || table.getEditingColumn() != column) {
            assertTrue(table.editCellAt(row, column), "the cell opens for editing");
        }
        JTextField cell = (JTextField) table.getEditorComponent();
        cell.setText(text);
        cell.postActionEvent();
    }

    private void push(String name) {
        find(JButton.class, name).doClick();
    }

    private Checked last() {
        assertFalse(checks.isEmpty());
        return checks.get(checks.size() - 1);
    }

    private <T extends Component> T find(Class<T> type, String name) {
        T found = find(panel, type, name);
        assertNotNull(found, name);
        return found;
    }

    private static <T extends Component> T find(Container container, Class<T> type, String name) {
        for (Component c : container.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = find(inner, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
