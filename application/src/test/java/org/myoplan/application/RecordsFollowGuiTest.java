package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JTable;
import junit.framework.Test;
import org.netbeans.jemmy.operators.ContainerOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JPopupMenuOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * The windows follow the patient records: with a patient's History and Outcomes open (neither reopened
 * nor brought forward afterwards), a session planned and saved in the session editor shows in the
 * History list and as a session line in the Outcomes chart; saved again with another dose, the History
 * shows the new units; a follow-up recorded from the patient's popup menu shows in the Outcomes table.
 */
public class RecordsFollowGuiTest extends GuiTestCase {

    private static final String PATIENT = "Berta Kraus", RECORD = "GUI-EVT-1";
    private static final String OUTCOMES = "org.myoplan.outcomes.ui.OutcomesTopComponent";

    public RecordsFollowGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(RecordsFollowGuiTest.class);
    }

    public void testHistoryAndOutcomesFollowTheSavedSessionAndAssessment() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        PlanningGui.createPatient(main, RECORD, PATIENT);
        PlanningGui.selectPatient(main, PATIENT);
        new JMenuBarOperator(main).pushMenuNoBlock("File|History");
        waitUntil("the History window opens", () -> opened(PlanningGui.HISTORY) != null);
        JTable history = (JTable) named(opened(PlanningGui.HISTORY), "history.sessions");

        PlanningGui.selectPatient(main, PATIENT);
        new JMenuBarOperator(main).pushMenuNoBlock("Window|Outcomes");
        waitUntil("the Outcomes window opens", () -> opened(OUTCOMES) != null);
        JComponent outcomes = opened(OUTCOMES);
        recordBaseline(main);
        JTable assessments = (JTable) named(outcomes, "outcomes.table");
        waitUntil("the baseline is listed", () -> rows(assessments) == 1);
        waitUntil("the chart is drawn, with no session yet", () -> List.of().equals(sessionLines(outcomes)));
        assertEquals("no session yet", 0, rows(history));

        PlanningGui.selectPatient(main, PATIENT);
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");
        ContainerOperator<?> editor = new ContainerOperator<>(PlanningGui.waitForEditor(main));
        JTableOperator targets = new JTableOperator(editor, new NameComponentChooser("session.targets"));
        addBySearch(main, editor, "biceps left", "Biceps brachii (left)");
        waitUntil("the biceps is a target", () -> targets.getRowCount() == 1);
        targets.changeCellObject(0, 2, "100");
        waitUntil("the dose is taken", () -> "100".equals(targets.getValueAt(0, 2)));
        saveAndWait(main, editor);

        String today = LocalDate.now().toString();
        waitUntil("the History lists the saved session", () -> rows(history) == 1);
        assertEquals(today, cell(history, 0, 0));
        assertEquals("100 U", cell(history, 0, 2));
        assertEquals("planned", cell(history, 0, 4));
        waitUntil("the Outcomes chart draws the session's line", () -> sessionLines(outcomes) != null
                && sessionLines(outcomes).size() == 1);
        assertTrue(sessionLines(outcomes).toString(), sessionLines(outcomes).get(0).startsWith(today));

        // the same session saved again: the History shows the new dose, the chart still one line
        targets.changeCellObject(0, 2, "80");
        waitUntil("the new dose is taken", () -> "80".equals(targets.getValueAt(0, 2)));
        saveAndWait(main, editor);
        waitUntil("the History shows the new units", () -> "80 U".equals(cell(history, 0, 2)));
        assertEquals("still one session", 1, rows(history));
        waitUntil("the chart is drawn again, still with one session line", () -> sessionLines(outcomes) != null
                && sessionLines(outcomes).size() == 1);
        saveScreenshot(capture(main.getSource()), "records-follow-session.png");

        // a follow-up recorded from the patient's popup menu, not from the Outcomes window
        recordFollowUpFromThePatientMenu(main);
        waitUntil("the Outcomes table lists the follow-up", () -> rows(assessments) == 2);
        assertEquals("the History lists sessions only", 1, rows(history));
        assertEquals("both windows were followed, not reopened", 1, PlanningGui.opened(PlanningGui.HISTORY).size());
        assertSame(outcomes, opened(OUTCOMES));
        showInFront(outcomes);
        saveScreenshot(capture(main.getSource()), "records-follow-outcomes.png");
        showInFront(opened(PlanningGui.HISTORY));
        saveScreenshot(capture(main.getSource()), "records-follow-history.png");

        // the patient's name corrected: the Patients window shows it in place, still selected
        PlanningGui.selectPatient(main, PATIENT);
        new JMenuBarOperator(main).pushMenuNoBlock("File|Edit Patient");
        JDialogOperator edit = new JDialogOperator(new GuiTests.TitleStartsWith("Edit Patient"));
        JTextFieldOperator name = new JTextFieldOperator(edit, new NameComponentChooser("patient.name"));
        name.clearText();
        name.typeText("Berta Krause");
        new JButtonOperator(edit, "OK").push();
        edit.waitClosed();
        JListOperator patients =
                new JListOperator(new ContainerOperator<>(main, new NameComponentChooser("patients.list")));
        waitUntil("the Patients window shows the new name", () -> patients.getModel().getSize() == 1
                && String.valueOf(patients.getModel().getElementAt(0)).startsWith("Berta Krause (GUI-EVT-1"));
        waitUntil("and keeps it selected", () -> patients.getSelectedIndex() == 0);
    }

    /** Brings an open window's tab to the front, as a click on its tab does. */
    private static void showInFront(JComponent window) throws Exception {
        EventQueue.invokeAndWait(() -> {
            try {
                window.getClass().getMethod("requestActive").invoke(window);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
        waitUntil("the window is in front", window::isShowing);
        Thread.sleep(500); // let the chart and tables paint before the screenshot
    }

    /** Add Assessment in the Outcomes window: a baseline with a pain score only. */
    private static void recordBaseline(JFrameOperator main) throws InterruptedException {
        JButtonOperator add = new JButtonOperator(main, new NameComponentChooser("outcomes.addAssessment"));
        waitUntil("Add Assessment is ready", add::isEnabled);
        add.pushNoBlock();
        JDialogOperator dialog = new JDialogOperator(new GuiTests.TitleStartsWith("Add Assessment"));
        new JComboBoxOperator(dialog, new NameComponentChooser("assessment.timepoint")).selectItem(0); // baseline
        new JTextFieldOperator(dialog, new NameComponentChooser("assessment.pain")).typeText("5");
        save(dialog);
    }

    private static void recordFollowUpFromThePatientMenu(JFrameOperator main) throws InterruptedException {
        JListOperator patients =
                new JListOperator(new ContainerOperator<>(main, new NameComponentChooser("patients.list")));
        PlanningGui.selectPatient(main, PATIENT);
        Rectangle item = patients.getCellBounds(patients.getSelectedIndex(), patients.getSelectedIndex());
        patients.clickForPopup(item.x + item.width / 2, item.y + item.height / 2);
        new JPopupMenuOperator().pushMenuNoBlock("Add Assessment...");
        JDialogOperator dialog = new JDialogOperator(new GuiTests.TitleStartsWith("Add Assessment"));
        new JComboBoxOperator(dialog, new NameComponentChooser("assessment.timepoint")).selectItem(1); // 2 weeks
        new JTextFieldOperator(dialog, new NameComponentChooser("assessment.pain")).typeText("3");
        save(dialog);
    }

    private static void save(JDialogOperator dialog) throws InterruptedException {
        JButtonOperator save = new JButtonOperator(dialog, new NameComponentChooser("assessment.save"));
        waitUntil("the assessment can be saved", save::isEnabled);
        save.push();
        dialog.waitClosed();
    }

    private static void addBySearch(JFrameOperator main, ContainerOperator<?> editor, String search, String muscle)
            throws InterruptedException {
        PlanningGui.selectMuscle(main, search, muscle);
        new JButtonOperator(editor, new NameComponentChooser("session.addSelected")).push();
    }

    private static void saveAndWait(JFrameOperator main, ContainerOperator<?> editor) throws InterruptedException {
        new JButtonOperator(editor, new NameComponentChooser("session.save")).push();
        waitUntil("the plan is saved", () -> !PlanningGui.tab(editor.getSource()).endsWith("*"));
    }

    /**
     * The one open window of the class, or null; found through the window system, whether its tab is in front or not.
     */
    private static JComponent opened(String className) {
        try {
            List<JComponent> found = PlanningGui.opened(className);
            return found.isEmpty() ? null : found.get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A component of the window by its name, looked for in the window itself (its tab need not be in front). */
    private static Component named(Container root, String name) throws Exception {
        AtomicReference<Component> found = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> found.set(find(root, name)));
        assertNotNull("no " + name + " in " + root.getClass().getSimpleName(), found.get());
        return found.get();
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container inner) {
                Component deeper = find(inner, name);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    private static int rows(JTable table) {
        return onEventThread(table::getRowCount);
    }

    private static String cell(JTable table, int row, int column) {
        return onEventThread(() -> row < table.getRowCount() ? String.valueOf(table.getValueAt(row, column)) : "");
    }

    /**
     * The session lines of the Outcomes chart, read from its grades plot (the label of each line); null while
     * the window shows no chart (a message, or reading the records).
     */
    private static List<String> sessionLines(JComponent outcomes) {
        return onEventThread(() -> {
            Component panel = find(outcomes, "outcomes.chart");
            for (Component c = panel; c != null && c != outcomes; c = c.getParent()) {
                if (!c.isVisible()) {
                    return null;
                }
            }
            if (panel == null) {
                return null;
            }
            try {
                Object chart = panel.getClass().getMethod("getChart").invoke(panel);
                Object plot = chart.getClass().getMethod("getPlot").invoke(chart);
                Object grades = ((List<?>) plot.getClass().getMethod("getSubplots").invoke(plot)).get(0);
                ClassLoader loader = chart.getClass().getClassLoader();
                @SuppressWarnings({"unchecked", "rawtypes"})
                Object background = Enum.valueOf((Class) Class.forName("org.jfree.chart.ui.Layer", true, loader),
                        "BACKGROUND");
                Collection<?> markers = (Collection<?>) grades.getClass()
                        .getMethod("getDomainMarkers", background.getClass()).invoke(grades, background);
                List<String> labels = new ArrayList<>();
                if (markers != null) {
                    for (Object marker : markers) {
                        labels.add(String.valueOf(marker.getClass().getMethod("getLabel").invoke(marker)));
                    }
                }
                return labels;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static <T> T onEventThread(Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> value.set(read.get()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return value.get();
    }
}
