package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.framesDrawn;
import static org.myoplan.application.GuiTests.highlighted;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;
import static org.myoplan.application.PlanningGui.close;
import static org.myoplan.application.PlanningGui.closeNoBlock;
import static org.myoplan.application.PlanningGui.displayName;
import static org.myoplan.application.PlanningGui.planningWindow;
import static org.myoplan.application.PlanningGui.selectMuscle;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import junit.framework.Test;
import org.netbeans.jemmy.operators.ComponentOperator;
import org.netbeans.jemmy.operators.ContainerOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JPopupMenuOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextAreaOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.operators.JToggleButtonOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * A physician's day in one run, through the real windows: a new patient with the screening, a new
 * plan, the left biceps added by clicking it in 3D and the FDS found by search, doses typed in, an
 * excessive dose warned about and acknowledged with a reason, saved, closed, and opened again from the
 * history with every value intact; undo brings back a removed target; the therapist view edits nothing.
 * The follow-up assessment is OutcomesGuiTest.
 */
public class PlanningWorkflowTest extends GuiTestCase {

    private static final String REASON = "Severe elbow flexor tone, MAS 3";
    private static final int MUSCLE = 0, SIDE = 1, UNITS = 2, POINTS = 6;

    public PlanningWorkflowTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(PlanningWorkflowTest.class);
    }

    public void testPlanFromNewPatientToTherapistView() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        JComponent canvas = GuiTests.waitForCanvas(main);
        waitUntil("the 3D View draws", () -> framesDrawn(canvas) > 0);

        PlanningGui.createPatient(main, "GUI-1", "Jana Dvořák", "new-patient-dialog.png");
        JListOperator patients = patientList(main);
        waitUntil("the new patient is listed", () -> patients.getModel().getSize() == 1
                && String.valueOf(patients.getModel().getElementAt(0)).contains("Dvořák"));
        patients.clickOnItem(0, 1);
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");

        JTableOperator targets = new JTableOperator(main, new NameComponentChooser("session.targets"));
        assertEquals("a new session's clinician is the one named at the first start", GuiTests.CLINICIAN,
                new JTextFieldOperator(main, new NameComponentChooser("session.clinician")).getText());
        Point biceps = addLeftBicepsByClickingIt(main, canvas);
        addBySearch(main, "FDS left", "Flexor digitorum superficialis (left)");
        waitUntil("two targets", () -> targets.getRowCount() == 2);
        assertEquals("Biceps brachii", targets.getValueAt(0, MUSCLE));
        assertEquals("Flexor digitorum superficialis", targets.getValueAt(1, MUSCLE));
        assertEquals("left", side(targets, 1));

        // an injection site placed by clicking the biceps while Place Sites is pressed
        targets.selectCell(0, MUSCLE);
        new JToggleButtonOperator(main, new NameComponentChooser("session.placeSites")).push();
        new ComponentOperator(canvas).clickMouse(biceps.x, biceps.y, 1);
        waitUntil("the biceps has an injection point", () -> Integer.valueOf(1).equals(targets.getValueAt(0, POINTS)));
        waitUntil("the 3D View draws the point where it was placed, numbered 1", () -> {
            try {
                return injectionPointDrawnAt(capture(canvas), biceps);
            } catch (Exception e) {
                return false;
            }
        });
        saveScreenshot(capture(canvas), "biceps-injection-point.png");
        new JToggleButtonOperator(main, new NameComponentChooser("session.placeSites")).push();

        // units that do not read keep the cell open, as typed, with the reason
        targets.clickForEdit(0, UNITS);
        JTextFieldOperator units = new JTextFieldOperator(main, new NameComponentChooser("session.units.editor"));
        units.clearText();
        units.typeText("12abc");
        units.pushKey(KeyEvent.VK_ENTER);
        assertTrue("the cell stays open", targets.isEditing());
        assertEquals("12abc", units.getText());
        assertTrue(new JLabelOperator(main, new NameComponentChooser("session.status.message"))
                .getText().contains("12abc"));
        units.clearText();
        units.typeText("100");
        units.pushKey(KeyEvent.VK_ENTER);
        waitUntil("the corrected dose is taken", () -> !targets.isEditing()
                && "100".equals(targets.getValueAt(0, UNITS)));
        typeInto(targets, 1, UNITS, "40");
        waitUntil("the doses are taken", () -> "40".equals(targets.getValueAt(1, UNITS)));
        JListOperator findings = new JListOperator(main, new NameComponentChooser("findings.list"));
        assertEquals("100 U is within the biceps range", -1, rangeWarning(findings));

        typeInto(targets, 0, UNITS, "250");
        waitUntil("an excessive biceps dose is warned about", () -> rangeWarning(findings) >= 0);
        saveScreenshot(capture(main.getSource()), "plan-range-warning.png");
        acknowledge(main, findings, rangeWarning(findings));
        waitUntil("the warning shows its reason", () -> rendered(findings, rangeWarning(findings)).contains(REASON));

        // the lot typed and saved at once (no other field left first) is kept
        new JTextFieldOperator(main, new NameComponentChooser("session.reconstituted")).typeText("2026-11-29 09:40");
        new JTextFieldOperator(main, new NameComponentChooser("session.lot")).typeText("C1234X");
        new JButtonOperator(main, new NameComponentChooser("session.save")).push();
        Component editor = planningWindow(main, "Plan of", false);
        waitUntil("the plan is saved (no unsaved mark)", () -> !displayName(editor).endsWith("*"));
        saveScreenshot(capture(main.getSource()), "plan-saved.png");
        exportDocuments(main);
        close(editor);

        // reopen from the history, read-only: every value as it was saved
        patients.clickOnItem(0, 1);
        new JMenuBarOperator(main).pushMenuNoBlock("File|History");
        JTableOperator sessions = new JTableOperator(main, new NameComponentChooser("history.sessions"));
        waitUntil("the history lists the session", () -> sessions.getRowCount() == 1);
        sessions.selectCell(0, 0);
        new JButtonOperator(main, new NameComponentChooser("history.open")).push();
        Component readOnly = planningWindow(main, "(read-only)", true);
        JTableOperator reopened = new JTableOperator(new ContainerOperator<>((Container) readOnly),
                new NameComponentChooser("session.targets"));
        assertEquals(2, reopened.getRowCount());
        assertEquals("Biceps brachii", reopened.getValueAt(0, MUSCLE));
        assertEquals("left", side(reopened, 0));
        assertEquals("250", reopened.getValueAt(0, UNITS));
        assertEquals("the injection point is kept", 1, reopened.getValueAt(0, POINTS));
        assertEquals("Flexor digitorum superficialis", reopened.getValueAt(1, MUSCLE));
        assertEquals("40", reopened.getValueAt(1, UNITS));
        assertFalse("a read-only session cannot be edited", reopened.isCellEditable(0, UNITS));
        assertEquals("C1234X", new JTextFieldOperator(new ContainerOperator<>((Container) readOnly),
                new NameComponentChooser("session.lot")).getText());
        assertEquals("2026-11-29 09:40", new JTextFieldOperator(new ContainerOperator<>((Container) readOnly),
                new NameComponentChooser("session.reconstituted")).getText());
        JListOperator reopenedFindings = new JListOperator(new ContainerOperator<>((Container) readOnly),
                new NameComponentChooser("findings.list"));
        assertTrue("the acknowledgement and its reason are kept",
                rendered(reopenedFindings, rangeWarning(reopenedFindings)).contains(REASON));
        saveScreenshot(capture(main.getSource()), "plan-reopened-read-only.png");
        close(readOnly);

        // go on planning: remove the FDS, and undo brings it back with its dose
        new JButtonOperator(main, new NameComponentChooser("history.plan")).push();
        Component planning = planningWindow(main, "Plan of", false);
        JTableOperator editable = new JTableOperator(new ContainerOperator<>((Container) planning),
                new NameComponentChooser("session.targets"));
        editable.selectCell(1, MUSCLE);
        new JButtonOperator(new ContainerOperator<>((Container) planning), new NameComponentChooser("session.remove"))
                .push();
        waitUntil("the FDS is removed", () -> editable.getRowCount() == 1);
        new JMenuBarOperator(main).pushMenu("Edit|Undo");
        waitUntil("undo brings the FDS back", () -> editable.getRowCount() == 2);
        assertEquals("Flexor digitorum superficialis", editable.getValueAt(1, MUSCLE));
        assertEquals("40", editable.getValueAt(1, UNITS));
        assertTrue("the plan is back as saved", !displayName(planning).endsWith("*"));

        // a spasticity pattern adds its muscles with the guide's doses; closing asks, and No keeps the saved plan
        ContainerOperator<?> planWindow = new ContainerOperator<>((Container) planning);
        new JButtonOperator(planWindow, new NameComponentChooser("session.addPattern")).push();
        new JPopupMenuOperator().pushMenu("Flexed elbow|left");
        waitUntil("the pattern's muscles are added beside the biceps", () -> editable.getRowCount() > 2);
        assertEquals("the biceps is not planned twice", 1, countRows(editable, "Biceps brachii"));
        assertEquals("Brachioradialis", editable.getValueAt(2, MUSCLE));
        assertEquals("the guide's starting dose", "60", editable.getValueAt(2, UNITS));
        waitUntil("the plan is marked unsaved", () -> displayName(planning).endsWith("*"));
        closeNoBlock(planning);
        JDialogOperator unsaved = new JDialogOperator();
        new JButtonOperator(unsaved, "No").push();
        waitUntil("the plan closes without saving", () -> !planning.isShowing());

        // the therapist's view shows the session and edits nothing
        new JButtonOperator(main, new NameComponentChooser("history.therapist")).push();
        Component therapist = planningWindow(main, "Therapist view", true);
        JTableOperator shown = new JTableOperator(new ContainerOperator<>((Container) therapist),
                new NameComponentChooser("therapist.targets"));
        assertEquals("the therapist sees the saved plan, not the discarded pattern", 2, shown.getRowCount());
        for (int row = 0; row < shown.getRowCount(); row++) {
            for (int column = 0; column < shown.getColumnCount(); column++) {
                assertFalse("cell " + row + "," + column + " is read-only", shown.isCellEditable(row, column));
            }
        }
        shown.clickOnCell(0, UNITS, 2);
        assertFalse("a double click opens no editor", shown.isEditing());
        assertEquals("250", shown.getValueAt(0, UNITS));
        assertTrue("no save or edit button in the therapist view", new ContainerOperator<>((Container) therapist)
                .findSubComponent(new NameComponentChooser("session.save")) == null);
        waitUntil("the 3D View shows the targets", () -> framesDrawn(canvas) > 0);
        saveScreenshot(capture(main.getSource()), "therapist-view.png");
        // The follow-up that comes next is OutcomesGuiTest.
    }

    /** Finds where the left biceps is drawn, selects something else, then clicks the biceps in 3D and adds it. */
    private static Point addLeftBicepsByClickingIt(JFrameOperator main, JComponent canvas) throws Exception {
        selectMuscle(main, "biceps left", "Biceps brachii (left)");
        waitUntil("the biceps is highlighted", () -> {
            try {
                return highlighted(capture(canvas)).count() > 100;
            } catch (Exception e) {
                return false;
            }
        });
        GuiTests.Highlight biceps = highlighted(capture(canvas));
        Point where = biceps.nearestTo(biceps.centre());
        selectMuscle(main, "soleus left", "Soleus (left)");
        new ComponentOperator(canvas).clickMouse(where.x, where.y, 1);
        JListOperator muscles = new JListOperator(main, new NameComponentChooser("muscles.list"));
        waitUntil("the click selects the left biceps",
                () -> String.valueOf(muscles.getSelectedValue()).equals("Biceps brachii (left)"));
        new JButtonOperator(main, new NameComponentChooser("session.addSelected")).push();
        return where;
    }

    /**
     * Export PDFs...: the folder chooser's button says Export; both PDFs are written there, and the
     * message that says so offers to open the plan or its folder (or says this system cannot).
     */
    private void exportDocuments(JFrameOperator main) throws Exception {
        File folder = new File(getWorkDir(), "exported");
        assertTrue(folder.mkdirs() || folder.isDirectory());
        new JButtonOperator(main, new NameComponentChooser("session.export")).pushNoBlock();
        GuiTests.pickInChooser("Folder for the PDFs", folder, "Export");
        JDialogOperator written = new JDialogOperator(new GuiTests.TitleStartsWith("Documents Written"));
        saveScreenshot(capture(written.getSource()), "documents-written.png");
        String[] files = folder.list();
        assertTrue("both PDFs are in the folder: " + Arrays.toString(files), files != null
                && Arrays.stream(files).anyMatch(f -> f.startsWith("plan-GUI-1-") && f.endsWith(".pdf"))
                && Arrays.stream(files).anyMatch(f -> f.startsWith("consent-GUI-1-") && f.endsWith(".pdf")));
        boolean canOpen =
                new ContainerOperator<>(written)
                .findSubComponent(new NameComponentChooser("exported.openPlan")) != null;
        if (canOpen) {
            assertNotNull("beside Open Plan PDF, Open Folder",
                    new ContainerOperator<>(written).findSubComponent(new NameComponentChooser("exported.openFolder")));
        } else {
            assertTrue("without a way to open files, the message says so",
                    allText(written.getContentPane()).contains("does not let Myoplan open files"));
        }
        new JButtonOperator(written, new NameComponentChooser("exported.close")).push();
        written.waitClosed();
    }

    /** The text of every label and text component inside a container. */
    private static String allText(Container container) {
        StringBuilder text = new StringBuilder();
        for (Component child : container.getComponents()) {
            if (child instanceof JLabel label) {
                text.append(label.getText()).append('\n');
            } else if (child instanceof JTextComponent area) {
                text.append(area.getText()).append('\n');
            }
            if (child instanceof Container nested) {
                text.append(allText(nested));
            }
        }
        return text.toString();
    }

    /** A dark disc (the plan's site colour) around the point, with its white number inside. */
    private static boolean injectionPointDrawnAt(BufferedImage view, Point at) {
        int dark = 0, white = 0;
        for (int y = at.y - 12; y <= at.y + 12; y++) {
            for (int x = at.x - 12; x <= at.x + 12; x++) {
                if (x < 0 || y < 0 || x >= view.getWidth() || y >= view.getHeight()) {
                    continue;
                }
                int rgb = view.getRGB(x, y), r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                dark += r < 50 && g < 50 && b < 50 ? 1 : 0;
                white += Math.abs(x - at.x) <= 5 && Math.abs(y - at.y) <= 6 && r > 220 && g > 220 && b > 220 ? 1 : 0;
            }
        }
        return dark > 120 && white > 4;
    }

    private static void addBySearch(JFrameOperator main, String search, String muscle) throws InterruptedException {
        selectMuscle(main, search, muscle);
        new JButtonOperator(main, new NameComponentChooser("session.addSelected")).push();
    }

    private static JListOperator patientList(JFrameOperator main) {
        ContainerOperator<?> view = new ContainerOperator<>(main, new NameComponentChooser("patients.list"));
        return new JListOperator(view);
    }

    private static void typeInto(JTableOperator table, int row, int column, String text) {
        table.changeCellObject(row, column, text);
    }

    private static String side(JTableOperator table, int row) {
        Object side = table.getValueAt(row, SIDE);
        return String.valueOf(side).toLowerCase(Locale.ROOT);
    }

    /** The index of the biceps' range warning in the findings, or -1. */
    private static int rangeWarning(JListOperator findings) {
        for (int i = 0; i < findings.getModel().getSize(); i++) {
            String finding = String.valueOf(findings.getModel().getElementAt(i));
            if (finding.contains("rule=muscle-range") && finding.contains("muscleId=biceps_brachii")
                    && finding.contains("WARNING")) {
                return i;
            }
        }
        return -1;
    }

    private static String rendered(JListOperator list, int index) {
        if (index < 0) {
            return "";
        }
        Component cell = list.getRenderedComponent(index);
        return cell instanceof JLabel label ? label.getText() : String.valueOf(cell);
    }

    private static void acknowledge(JFrameOperator main, JListOperator findings, int index) {
        findings.selectItem(index);
        new JButtonOperator(main, new NameComponentChooser("findings.acknowledge")).pushNoBlock();
        JDialogOperator dialog = new JDialogOperator(new GuiTests.TitleStartsWith("Acknowledge"));
        new JTextAreaOperator(dialog, new NameComponentChooser("acknowledge.reason")).typeText(REASON);
        new JButtonOperator(dialog, "OK").push();
        dialog.waitClosed();
    }

    private static int countRows(JTableOperator table, String muscle) {
        int count = 0;
        for (int row = 0; row < table.getRowCount(); row++) {
            count += muscle.equals(table.getValueAt(row, MUSCLE)) ? 1 : 0;
        }
        return count;
    }

}
