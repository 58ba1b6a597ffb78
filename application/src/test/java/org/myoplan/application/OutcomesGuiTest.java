package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;
import static org.myoplan.application.PlanningGui.displayName;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextField;
import junit.framework.AssertionFailedError;
import junit.framework.Test;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.QueueTool;
import org.netbeans.jemmy.operators.ContainerOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * A follow-up recorded as a clinician records it: a patient and a session planned for her through the
 * real windows, then Add Assessment in the Outcomes window with every control of the dialog touched
 * (date, time point, session followed, pain, the session's two muscles graded, one of them 1+, a third
 * muscle added with its side and grade, a row added and removed, two goals typed with their GAS scores,
 * a goal added and removed), saved, and read back from the Outcomes table, chart and tab.
 */
public class OutcomesGuiTest extends GuiTestCase {

    private static final String[] GRADES = {"", "0", "1", "1+", "2", "3", "4"};
    private static final String[] GAS = {"", "-2", "-1", "0", "+1", "+2"};
    private static final int MUSCLE = 0, SIDE = 1, GRADE = 2, GOAL = 0, SCORE = 1;
    private static final String BICEPS = "Biceps brachii (left)", FDS = "Flexor digitorum superficialis (left)",
            CALF = "Gastrocnemius (medial head) (right)";
    private static final String HAND = "Open the hand for hygiene", SHOP = "Walk to the shop";
    /** The chart's first two muscle colours and its pain colour (OutcomeChart). */
    private static final Color FIRST_MUSCLE = new Color(0x1f77b4), SECOND_MUSCLE = new Color(0xff7f0e),
            THIRD_MUSCLE = new Color(0x2ca02c), PAIN = new Color(0xc0392b);

    public OutcomesGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(OutcomesGuiTest.class);
    }

    public void testAFollowUpWithGradesAndGoalsIsSavedAndShown() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        PlanningGui.createPatient(main, "GUI-OUT-1", "Anna Meier");
        JListOperator patients =
                new JListOperator(new ContainerOperator<>(main, new NameComponentChooser("patients.list")));
        waitUntil("the new patient is listed", () -> patients.getModel().getSize() == 1);
        patients.clickOnItem(0, 1);
        planSession(main);

        patients.clickOnItem(0, 1);
        new JMenuBarOperator(main).pushMenuNoBlock("Window|Outcomes");
        JComponent outcomesWindow = (JComponent) main.waitSubComponent(chooser("the Outcomes window",
                c -> "OutcomesTopComponent".equals(c.getClass().getSimpleName()) && c.isShowing()));
        waitUntil("the Outcomes tab names the patient",
                () -> "Meier A. \u00b7 Outcomes".equals(displayName(outcomesWindow)));
        assertEquals("Outcomes of Anna Meier, record GUI-OUT-1, born 1957-06-02", outcomesWindow.getToolTipText());

        new JButtonOperator(main, new NameComponentChooser("outcomes.addAssessment")).pushNoBlock();
        JDialogOperator dialog = new JDialogOperator(new GuiTests.TitleStartsWith("Add Assessment"));
        fillIn(dialog);
        saveScreenshot(capture(dialog.getSource()), "assessment-dialog.png");
        JButtonOperator save = new JButtonOperator(dialog, new NameComponentChooser("assessment.save"));
        assertTrue("Save is enabled for a complete assessment", save.isEnabled());
        save.push();
        dialog.waitClosed();

        JTableOperator table = new JTableOperator(main, new NameComponentChooser("outcomes.table"));
        waitUntil("the assessment is listed", () -> table.getRowCount() == 1);
        assertEquals(LocalDate.now().toString(), cell(table, "Date"));
        assertEquals("2 weeks", cell(table, "Time point"));
        assertEquals("3", cell(table, "Pain"));
        assertEquals("3", cell(table, BICEPS));
        assertEquals("1+", cell(table, FDS));
        assertEquals("2", cell(table, CALF));
        assertEquals(HAND + ": +1; " + SHOP + ": -1", cell(table, "Goals (GAS)"));
        assertEquals("the row added and removed is not in the table", 4 + 3 + 1, table.getColumnCount());

        JComponent chart = (JComponent) main.waitSubComponent(new NameComponentChooser("outcomes.chart"));
        assertEquals(List.of(BICEPS + " 3", FDS + " 1+", CALF + " 2"), gradesDrawn(chart));
        waitUntil("the chart is drawn", () -> chart.isShowing() && chart.getWidth() > 100);
        BufferedImage drawn = capture(chart);
        saveScreenshot(capture(main.getSource()), "outcomes.png");
        saveScreenshot(drawn, "outcomes-chart.png");
        for (Color colour : List.of(FIRST_MUSCLE, SECOND_MUSCLE, THIRD_MUSCLE, PAIN)) {
            assertTrue("the chart draws " + colour + " (outcomes-chart.png)", pixelsOf(drawn, colour) > 30);
        }
    }

    /**
     * The exception policy itself: an Error that Jemmy drops, thrown by what a click runs on the event
     * thread, still fails the test. (An exception thrown in an event reaches the log, and NbModuleSuite's
     * failOnException fails the test for it after this method.)
     */
    public void testAnErrorDroppedOnTheEventThreadIsStillReported() throws Exception {
        GuiTests.mainWindow();
        new QueueTool().invokeSmoothly(new QueueTool.QueueAction("a deliberate error") {
            @Override
            public Object launch() {
                throw new StackOverflowError("deliberate, in a Jemmy action");
            }
        });
        try {
            GuiTests.assertNoExceptions();
        } catch (AssertionFailedError expected) {
            assertTrue(expected.getMessage(),
                    expected.getMessage().contains("StackOverflowError: deliberate, in a Jemmy action"));
            return;
        }
        fail("the deliberate error was not reported");
    }

    /** Every control of the dialog, as a clinician goes through it. */
    private static void fillIn(JDialogOperator dialog) throws InterruptedException {
        JTextFieldOperator date = new JTextFieldOperator(dialog, new NameComponentChooser("assessment.date"));
        date.clearText();
        date.typeText("2026-02-30");
        waitUntil("a date that does not exist is told", () -> notification(dialog).contains("2026-02-30"));
        date.clearText();
        date.typeText(LocalDate.now().toString());
        new JComboBoxOperator(dialog, new NameComponentChooser("assessment.timepoint")).selectItem(1); // 2 weeks
        JComboBoxOperator session = new JComboBoxOperator(dialog, new NameComponentChooser("assessment.session"));
        session.selectItem(0); // none
        session.selectItem(1); // the session planned today
        new JTextFieldOperator(dialog, new NameComponentChooser("assessment.pain")).typeText("3");

        JTableOperator ashworth = new JTableOperator(dialog, new NameComponentChooser("assessment.ashworth"));
        assertEquals("the muscles of the session followed", 2, ashworth.getRowCount());
        choose(ashworth, 0, GRADE, indexOf(GRADES, "3"));
        choose(ashworth, 1, GRADE, indexOf(GRADES, "1+"));
        assertEquals("3", ashworth.getValueAt(0, GRADE));
        assertEquals("1+", ashworth.getValueAt(1, GRADE));

        // a muscle the session did not treat: added, chosen, sided and graded; then a row added and removed
        new JButtonOperator(dialog, new NameComponentChooser("assessment.addMuscle")).push();
        waitUntil("the new row opens its muscle", () -> ashworth.isEditing() && ashworth.getEditingRow() == 2);
        chooseInOpenEditor(ashworth, muscleIndex(ashworth, "gastrocnemius_medial"));
        choose(ashworth, 2, SIDE, 1); // right
        choose(ashworth, 2, GRADE, indexOf(GRADES, "2"));
        assertEquals("gastrocnemius_medial", ashworth.getValueAt(2, MUSCLE));
        assertEquals("RIGHT", String.valueOf(ashworth.getValueAt(2, SIDE)));
        new JButtonOperator(dialog, new NameComponentChooser("assessment.addMuscle")).push();
        waitUntil("a fourth row opens", () -> ashworth.getRowCount() == 4 && ashworth.isEditing());
        ashworth.selectCell(3, SIDE);
        new JButtonOperator(dialog, new NameComponentChooser("assessment.removeMuscle")).push();
        waitUntil("the empty row is removed", () -> ashworth.getRowCount() == 3 && !ashworth.isEditing());

        JTableOperator goals = new JTableOperator(dialog, new NameComponentChooser("assessment.goals"));
        addGoal(dialog, goals, 0, HAND, indexOf(GAS, "+1"));
        addGoal(dialog, goals, 1, SHOP, indexOf(GAS, "-1"));
        new JButtonOperator(dialog, new NameComponentChooser("assessment.addGoal")).push();
        waitUntil("a third goal row opens", () -> goals.getRowCount() == 3 && goals.isEditing());
        goals.selectCell(2, GOAL);
        new JButtonOperator(dialog, new NameComponentChooser("assessment.removeGoal")).push();
        waitUntil("the empty goal is removed", () -> goals.getRowCount() == 2 && !goals.isEditing());

        String told = notification(dialog);
        waitUntil("nothing left to correct (" + told + ")", () -> notification(dialog).isEmpty()
                // a 2-week follow-up on the session's day is only a warning
                || notification(dialog).startsWith("The session of"));
    }

    private static void addGoal(JDialogOperator dialog, JTableOperator goals, int row, String text, int score)
            throws InterruptedException {
        new JButtonOperator(dialog, new NameComponentChooser("assessment.addGoal")).push();
        waitUntil("the new goal opens for typing", () -> goals.isEditing() && goals.getEditingRow() == row);
        JTextFieldOperator cell = new JTextFieldOperator((JTextField) goals.getEditorComponent());
        cell.typeText(text);
        cell.pushKey(KeyEvent.VK_ENTER);
        waitUntil("the goal is taken", () -> !goals.isEditing() && text.equals(goals.getValueAt(row, GOAL)));
        choose(goals, row, SCORE, score);
        assertEquals(GAS[score], goals.getValueAt(row, SCORE));
    }

    /**
     * Clicks the cell, which opens its drop-down list, chooses in it, and waits for the cell to close with the choice.
     */
    private static void choose(JTableOperator table, int row, int column, int index) throws InterruptedException {
        table.clickOnCell(row, column);
        waitUntil("cell " + row + "," + column + " opens", () -> table.isEditing() && table.getEditingRow() == row
                && table.getEditingColumn() == column);
        chooseInOpenEditor(table, index);
    }

    private static void chooseInOpenEditor(JTableOperator table, int index) throws InterruptedException {
        int row = table.getEditingRow(), column = table.getEditingColumn();
        JComboBoxOperator list = new JComboBoxOperator((JComboBox<?>) table.getEditorComponent());
        Object wanted = list.getModel().getElementAt(index);
        list.selectItem(index);
        // Before issue 11's fix the grade overflowed the stack here: Jemmy dropped the error, GuiTests' watch reports
        // it.
        waitUntil("cell " + row + "," + column + " closes with " + wanted, () -> !table.isEditing()
                && wanted.equals(table.getValueAt(row, column)));
    }

    private static int muscleIndex(JTableOperator table, String muscleId) {
        JComboBox<?> list = (JComboBox<?>) table.getEditorComponent();
        for (int i = 0; i < list.getItemCount(); i++) {
            if (muscleId.equals(list.getItemAt(i))) {
                return i;
            }
        }
        throw new AssertionError(muscleId + " is not offered");
    }

    private static int indexOf(String[] items, String item) {
        return List.of(items).indexOf(item);
    }

    /** The dialog's notification line (empty when it says nothing). */
    private static String notification(JDialogOperator dialog) {
        StringBuilder text = new StringBuilder();
        collectLabels(dialog.getContentPane(), text);
        return text.toString().trim();
    }

    private static void collectLabels(Container container, StringBuilder text) {
        for (Component c : container.getComponents()) {
            if (c instanceof JLabel label && label.isShowing() && label.getText() != null
                    && label.getClass().getName().endsWith("FixedHeightLabel")) { // NbPresenter's notification line
                text.append(label.getText().replaceAll("<[^>]*>", ""));
            } else if (c instanceof Container inner) {
                collectLabels(inner, text);
            }
        }
    }

    private static String cell(JTableOperator table, String column) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (column.equals(table.getColumnName(i))) {
                return String.valueOf(table.getValueAt(0, i));
            }
        }
        throw new AssertionError("no column " + column);
    }

    /** The Modified Ashworth part of the chart, read from its data set: "<muscle> <grade>" per line. */
    private static List<String> gradesDrawn(JComponent chartPanel) throws ReflectiveOperationException {
        Object chart = chartPanel.getClass().getMethod("getChart").invoke(chartPanel);
        Object plot = chart.getClass().getMethod("getPlot").invoke(chart);
        Object grades = ((List<?>) plot.getClass().getMethod("getSubplots").invoke(plot)).get(0);
        Object dataset = grades.getClass().getMethod("getDataset").invoke(grades);
        Class<?> xy = Class.forName("org.jfree.data.xy.XYDataset", false, dataset.getClass().getClassLoader());
        int series = (Integer) xy.getMethod("getSeriesCount").invoke(dataset);
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            Object key = xy.getMethod("getSeriesKey", int.class).invoke(dataset, s);
            assertEquals("one assessment, one point", 1, xy.getMethod("getItemCount", int.class).invoke(dataset, s));
            double height = (Double) xy.getMethod("getYValue", int.class, int.class).invoke(dataset, s, 0);
            lines.add(key + " " + gradeAt(height));
        }
        lines.sort(null);
        return lines;
    }

    /** The grade drawn at a height (1+ is drawn at 1.5; lines are moved apart by at most 0.15). */
    private static String gradeAt(double height) {
        double[] heights = {0, 1, 1.5, 2, 3, 4};
        String[] grades = {"0", "1", "1+", "2", "3", "4"};
        for (int i = 0; i < heights.length; i++) {
            if (Math.abs(height - heights[i]) <= 0.15) {
                return grades[i];
            }
        }
        return "?" + height;
    }

    private static int pixelsOf(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 30) {
                    count++;
                }
            }
        }
        return count;
    }

    /** A session planned today with the left biceps and FDS, found by search, dosed and saved. */
    private static void planSession(JFrameOperator main) throws InterruptedException {
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");
        JTableOperator targets = new JTableOperator(main, new NameComponentChooser("session.targets"));
        addBySearch(main, "biceps left", "Biceps brachii (left)");
        addBySearch(main, "FDS left", "Flexor digitorum superficialis (left)");
        waitUntil("two targets", () -> targets.getRowCount() == 2);
        targets.changeCellObject(0, 2, "100");
        targets.changeCellObject(1, 2, "40");
        waitUntil("the doses are taken", () -> "100".equals(targets.getValueAt(0, 2))
                && "40".equals(targets.getValueAt(1, 2)));
        new JTextFieldOperator(main, new NameComponentChooser("session.lot")).typeText("C1234X");
        new JButtonOperator(main, new NameComponentChooser("session.save")).push();
        waitUntil("the plan is saved", () -> {
            Component editor = main.findSubComponent(chooser("the session editor",
                    c -> c.getClass().getSimpleName().equals("SessionEditorTopComponent") && c.isShowing()));
            return editor != null && !displayName(editor).endsWith("*");
        });
    }

    private static void addBySearch(JFrameOperator main, String search, String muscle) throws InterruptedException {
        PlanningGui.selectMuscle(main, search, muscle);
        new JButtonOperator(main, new NameComponentChooser("session.addSelected")).push();
    }

    private static ComponentChooser chooser(String description, Predicate<Component> test) {
        return new ComponentChooser() {
            @Override
            public boolean checkComponent(Component c) {
                return test.test(c);
            }

            @Override
            public String getDescription() {
                return description;
            }
        };
    }
}
