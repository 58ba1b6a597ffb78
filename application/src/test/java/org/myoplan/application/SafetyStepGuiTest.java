package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;
import static org.myoplan.application.PlanningGui.close;
import static org.myoplan.application.PlanningGui.closeNoBlock;
import static org.myoplan.application.PlanningGui.displayName;
import static org.myoplan.application.PlanningGui.planningWindow;
import static org.myoplan.application.PlanningGui.selectMuscle;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.swing.Icon;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import junit.framework.Test;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.operators.ContainerOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JPopupMenuOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextAreaOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * The safety step as a clinician meets it: a patient entered with a German decimal comma and "No to all"
 * in the screening, a muscle added by selection waiting for its dose ("dose needed", not 0 U), a dose
 * above the range acknowledged through the dialog (finding in full, suggested reasons, OK only with a
 * reason), the acknowledged finding looking different from the open ones, "administered" refused with
 * the open finding named, the therapist's notes in the Therapist View, and a second session on the
 * same day asked about first, with a pattern's guide doses noted once.
 */
public class SafetyStepGuiTest extends GuiTestCase {

    private static final int UNITS = 2, CHECK = 7, NOTES = 8;
    private static final String RECORD = "SAFE-1";
    private static final String NOTE = "Stretch the elbow flexors daily; night splint";
    private static final String FIRST_SUGGESTION =
            "Dose agreed with the patient after a poor response to the last session";
    private static final String SECOND_SUGGESTION =
            "Severe tone in this muscle (Modified Ashworth 3 or more): higher dose intended";
    private static final String ADDED = "; MAS 3 at the elbow";
    private static final Color ACKNOWLEDGED = new Color(0, 110, 50);

    public SafetyStepGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(SafetyStepGuiTest.class);
    }

    public void testAcknowledgingAFindingAndTheDefaults() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        GuiTests.waitForCanvas(main);

        createPatientTheGermanWay(main);
        JLabelOperator count = new JLabelOperator(main, new NameComponentChooser("patients.count"));
        waitUntil("one patient is found, in the singular", () -> "1 patient".equals(count.getText()));
        checkEachScreeningAnswerIsRecorded(main);

        // a muscle added by selection waits for its dose: an empty cell, "dose needed", one finding
        JListOperator patients = patientList(main);
        patients.clickOnItem(0, 1);
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");
        JTableOperator targets = new JTableOperator(main, new NameComponentChooser("session.targets"));
        selectMuscle(main, "biceps left", "Biceps brachii (left)");
        new JButtonOperator(main, new NameComponentChooser("session.addSelected")).push();
        waitUntil("the biceps is added", () -> targets.getRowCount() == 1);
        assertEquals("no dose yet, not 0", "", targets.getValueAt(0, UNITS));
        assertEquals("dose needed", cellText(targets, 0, CHECK));
        JListOperator findings = new JListOperator(main, new NameComponentChooser("findings.list"));
        waitUntil("one 'dose needed' finding", () -> indexOf(findings, "rule=dose-needed") >= 0);
        assertEquals("no range finding for a dose not set", -1, indexOf(findings, "rule=muscle-range"));

        // a dose above the range warns; the notes for the therapist go in their column
        targets.changeCellObject(0, UNITS, "250");
        waitUntil("the dose is taken", () -> "250".equals(targets.getValueAt(0, UNITS)));
        waitUntil("the excessive dose is warned about", () -> indexOf(findings, "rule=muscle-range") >= 0);
        assertEquals("the dose is set", -1, indexOf(findings, "rule=dose-needed"));
        targets.changeCellObject(0, NOTES, NOTE);
        waitUntil("the note is taken", () -> NOTE.equals(targets.getValueAt(0, NOTES)));

        cancelAnAcknowledgement(main, findings);
        acknowledgeWithAnEditedSuggestion(main, findings);

        // the acknowledged warning looks different from the open screening warning
        findings.clearSelection();
        int acknowledged = indexOf(findings, "rule=muscle-range");
        int open = indexOf(findings, "rule=screening");
        assertTrue("the anticoagulants answer is an open finding", open >= 0);
        JLabel done = (JLabel) findings.getRenderedComponent(acknowledged); // the renderer's one label: read it at once
        assertTrue(done.getText(), done.getText().contains("acknowledged by")
        && done.getText().contains(SECOND_SUGGESTION + ADDED));
        assertEquals("acknowledged is green", ACKNOWLEDGED, done.getForeground());
        assertEquals("acknowledged", meaning(done.getIcon()));
        JLabel waiting = (JLabel) findings.getRenderedComponent(open);
        assertFalse("an open finding is not green", ACKNOWLEDGED.equals(waiting.getForeground()));
        assertFalse(waiting.getText().contains("acknowledged by"));
        assertEquals("open warning", meaning(waiting.getIcon()));
        Component panel = SwingUtilities.getAncestorOfClass(JScrollPane.class, findings.getSource()).getParent();
        saveScreenshot(capture(panel), "findings-acknowledged-and-open.png");
        saveScreenshot(capture(main.getSource()), "safety-step-editor.png");

        // "administered" is refused while the screening warning is open, and the message names it
        JComboBoxOperator status = new JComboBoxOperator(main, new NameComponentChooser("session.status"));
        status.pushComboButton();
        new JListOperator(status.waitList()).clickOnItem(1, 1); // "administered"
        JDialogOperator refused = new JDialogOperator(new DialogWithText("cannot be marked administered"));
        String said = allText(refused.getSource());
        assertTrue(said, said.contains("Anticoagulants"));
        assertFalse("the acknowledged warning is not among the open ones: " + said,
                said.contains("above the reference range"));
        saveScreenshot(capture(refused.getSource()), "administered-refused.png");
        new JButtonOperator(refused, "OK").push();
        refused.waitClosed();
        waitUntil("the plan stays planned", () -> status.getSelectedIndex() == 0);
        String line = new JLabelOperator(main, new NameComponentChooser("session.status.message")).getText();
        assertTrue(line, line.startsWith("Not marked administered: ") && line.contains("Anticoagulants"));

        new JButtonOperator(main, new NameComponentChooser("session.save")).push();
        Component editor = planningWindow(main, "Plan", false);
        waitUntil("the plan is saved", () -> !displayName(editor).endsWith("*"));

        checkTheTherapistSeesTheNotes(main, patients);
        planASecondSessionOnTheSameDay(main, patients);
    }

    /** The date format and the weight's decimal comma shown before any error; "No to All" leaves the "yes" given. */
    private static void createPatientTheGermanWay(JFrameOperator main) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            new JButtonOperator(main, new NameComponentChooser("patients.new")).pushNoBlock();
            JDialogOperator dialog = new JDialogOperator(new GuiTests.TitleStartsWith("New Patient"));
            String shown = allText(dialog.getSource());
            assertTrue("the date format is shown before an error: " + shown, shown.contains("Birth date (yyyy-mm-dd)"));
            assertTrue("the weight's example uses the decimal comma: " + shown, shown.contains("68,5"));
            new JTextFieldOperator(dialog, new NameComponentChooser("patient.record")).typeText(RECORD);
            new JTextFieldOperator(dialog, new NameComponentChooser("patient.name")).typeText("Karel Svoboda");
            JTextFieldOperator born = new JTextFieldOperator(dialog, new NameComponentChooser("patient.born"));
            born.typeText("23.04.1961");
            waitUntil("a date written another way is explained",
                    () -> allText(dialog.getSource()).contains("year-month-day"));
            assertFalse("OK waits for a date that reads", new JButtonOperator(dialog, "OK").isEnabled());
            born.clearText();
            born.typeText("1961-04-23");
            new JComboBoxOperator(dialog, new NameComponentChooser("patient.sex")).selectItem(1);
            new JTextFieldOperator(dialog, new NameComponentChooser("patient.weight")).typeText("72,5");
            new JTextFieldOperator(dialog, new NameComponentChooser("patient.weighedOn")).typeText("2026-11-02");
            new JTextFieldOperator(dialog, new NameComponentChooser("patient.indication"))
                    .typeText("Right hemiparesis after stroke");
            JComboBoxOperator anticoagulants =
                    new JComboBoxOperator(dialog, new NameComponentChooser("screening.ANTICOAGULANTS"));
            anticoagulants.selectItem(0); // yes
            new JButtonOperator(dialog, new NameComponentChooser("screening.noToAll")).push();
            for (String question : QUESTIONS) {
                String expected = question.equals("ANTICOAGULANTS") ? "YES" : "NO";
                Object answer = new JComboBoxOperator(dialog, new NameComponentChooser("screening."
                        + question)).getSelectedItem();
                assertEquals(question, expected, String.valueOf(answer));
            }
            saveScreenshot(capture(dialog.getSource()), "new-patient-no-to-all.png");
            JButtonOperator ok = new JButtonOperator(dialog, "OK");
            waitUntil("the form reads (72,5 kg in German)", ok::isEnabled);
            ok.push();
            dialog.waitClosed();
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Edit Patient shows the answers as kept, one by one, and the weight with its decimals. */
    private static void checkEachScreeningAnswerIsRecorded(JFrameOperator main) throws Exception {
        patientList(main).clickOnItem(0, 1);
        new JMenuBarOperator(main).pushMenuNoBlock("File|Edit Patient");
        JDialogOperator edit = new JDialogOperator(new GuiTests.TitleStartsWith("Edit Patient"));
        for (String question : QUESTIONS) {
            String expected = question.equals("ANTICOAGULANTS") ? "YES" : "NO";
            assertEquals(question, expected,
                    String.valueOf(new JComboBoxOperator(edit, new NameComponentChooser("screening." + question))
                    .getSelectedItem()));
        }
        assertEquals("72.5", new JTextFieldOperator(edit, new NameComponentChooser("patient.weight")).getText());
        new JButtonOperator(edit, "Cancel").push();
        edit.waitClosed();
    }

    /** The dialog in full; Cancel keeps nothing. */
    private static void cancelAnAcknowledgement(JFrameOperator main, JListOperator findings) throws Exception {
        JDialogOperator dialog = openAcknowledge(main, findings);
        String finding = new JTextAreaOperator(dialog, new NameComponentChooser("acknowledge.finding")).getText();
        assertTrue("the finding in full: " + finding, finding.startsWith("Warning: ")
                && finding.contains("250 U is above the reference range"));
        assertTrue(new JTextAreaOperator(dialog, new NameComponentChooser("acknowledge.source")).getText()
                .startsWith("Source: "));
        JButtonOperator ok = new JButtonOperator(dialog, "OK");
        assertFalse("OK waits for a reason", ok.isEnabled());
        assertTrue(new JLabelOperator(dialog, new NameComponentChooser("acknowledge.hint")).getText()
                .startsWith("Write a reason"));
        new JTextAreaOperator(dialog, new NameComponentChooser("acknowledge.reason")).typeText("not sure yet");
        waitUntil("a reason enables OK", ok::isEnabled);
        new JButtonOperator(dialog, "Cancel").push();
        dialog.waitClosed();
        assertFalse("Cancel acknowledges nothing",
                rendered(findings, indexOf(findings, "rule=muscle-range")).contains("acknowledged by"));
    }

    /** A suggested reason picked, cleared, another picked and added to; OK only while a reason is written. */
    private static void acknowledgeWithAnEditedSuggestion(JFrameOperator main,
            JListOperator findings) throws Exception {
        JDialogOperator dialog = openAcknowledge(main, findings);
        JButtonOperator ok = new JButtonOperator(dialog, "OK");
        JTextAreaOperator reason = new JTextAreaOperator(dialog, new NameComponentChooser("acknowledge.reason"));
        JListOperator suggestions = new JListOperator(dialog, new NameComponentChooser("acknowledge.suggestions"));
        assertFalse(ok.isEnabled());
        assertEquals(FIRST_SUGGESTION, suggestions.getModel().getElementAt(0));
        suggestions.clickOnItem(0, 1);
        waitUntil("the suggestion fills the reason", () -> FIRST_SUGGESTION.equals(reason.getText()));
        assertTrue(ok.isEnabled());
        reason.clearText();
        waitUntil("an empty reason disables OK again", () -> !ok.isEnabled());
        suggestions.clickOnItem(1, 1);
        waitUntil("another suggestion fills the reason", () -> SECOND_SUGGESTION.equals(reason.getText()));
        reason.changeCaretPosition(reason.getText().length());
        reason.typeText(ADDED);
        waitUntil("the suggestion is adapted", () -> (SECOND_SUGGESTION + ADDED).equals(reason.getText()));
        assertTrue(new JLabelOperator(dialog, new NameComponentChooser("acknowledge.hint")).getText()
                .startsWith("The reason is kept"));
        saveScreenshot(capture(dialog.getSource()), "acknowledge-dialog.png");
        ok.push();
        dialog.waitClosed();
        waitUntil("the warning shows its reason",
                () -> rendered(findings, indexOf(findings, "rule=muscle-range")).contains(SECOND_SUGGESTION + ADDED));
    }

    private static JDialogOperator openAcknowledge(JFrameOperator main, JListOperator findings) {
        findings.selectItem(indexOf(findings, "rule=muscle-range"));
        JButtonOperator acknowledge = new JButtonOperator(main, new NameComponentChooser("findings.acknowledge"));
        assertTrue(acknowledge.isEnabled());
        acknowledge.pushNoBlock();
        return new JDialogOperator(new GuiTests.TitleStartsWith("Acknowledge"));
    }

    private static void checkTheTherapistSeesTheNotes(JFrameOperator main, JListOperator patients) throws Exception {
        patients.clickOnItem(0, 1);
        new JMenuBarOperator(main).pushMenuNoBlock("File|History");
        JTableOperator sessions = new JTableOperator(main, new NameComponentChooser("history.sessions"));
        waitUntil("the history lists the session", () -> sessions.getRowCount() == 1);
        sessions.selectCell(0, 0);
        new JButtonOperator(main, new NameComponentChooser("history.therapist")).push();
        Component therapist = planningWindow(main, "Therapist", true);
        JTableOperator shown = new JTableOperator(new ContainerOperator<>((Container) therapist),
                new NameComponentChooser("therapist.targets"));
        int notes = shown.getColumnCount() - 1;
        assertEquals("Notes for the therapist", shown.getColumnName(notes));
        assertEquals("the therapist reads the notes, not where the dose came from", NOTE, shown.getValueAt(0, notes));
        close(therapist);
    }

    /** Cancel plans nothing; Open the Existing Session goes to it; Plan Another opens a second plan for the day. */
    private static void planASecondSessionOnTheSameDay(JFrameOperator main, JListOperator patients) throws Exception {
        JDialogOperator ask = askForANewSession(main, patients);
        String said = allText(ask.getSource());
        assertTrue(said, said.contains("Karel Svoboda already has a session on ")
                && said.contains("planned, BOTOX, 1 muscle"));
        saveScreenshot(capture(ask.getSource()), "same-day-question.png");
        new JButtonOperator(ask, "Cancel").push();
        ask.waitClosed();
        assertEquals("Cancel opens no plan", 1, openEditors().size());
        Component first = openEditors().get(0);

        ask = askForANewSession(main, patients);
        new JButtonOperator(ask, "Open the Existing Session").push();
        ask.waitClosed();
        waitUntil("the existing session is brought forward", () -> first.isShowing());
        Thread.sleep(1000); // the records are read in the background: a second copy would open by now
        assertEquals("the existing session is shown, not a second copy", 1, openEditors().size());

        ask = askForANewSession(main, patients);
        new JButtonOperator(ask, "Plan Another Session").push();
        ask.waitClosed();
        waitUntil("a second plan for the day opens", () -> openEditors().size() == 2);
        Component second = openEditors().stream().filter(c -> c != first).findFirst().orElseThrow();
        waitUntil("the second plan is in front", second::isShowing);
        ContainerOperator<?> plan = new ContainerOperator<>((Container) second);

        // a pattern's guide doses below the label: one note for the pattern, no warning per muscle
        new JButtonOperator(plan, new NameComponentChooser("session.addPattern")).push();
        new JPopupMenuOperator().pushMenu("Clenched fist|left");
        JListOperator findings = new JListOperator(plan, new NameComponentChooser("findings.list"));
        waitUntil("the pattern's note", () -> indexOf(findings, "rule=guide-below-label") >= 0);
        assertEquals("one note", 1, countOf(findings, "rule=guide-below-label"));
        assertEquals("no warning per muscle", 0, countOf(findings, "rule=muscle-range"));
        String note = rendered(findings, indexOf(findings, "rule=guide-below-label"));
        assertTrue(note, note.contains("Clenched fist pattern (left)") && note.contains("20 U (label 30 to 50 U)"));
        saveScreenshot(capture(main.getSource()), "pattern-guide-note.png");

        closeNoBlock(second);
        new JButtonOperator(new JDialogOperator(), "No").push();
        waitUntil("the second plan closes unsaved", () -> !second.isShowing());
    }

    private static JDialogOperator askForANewSession(JFrameOperator main, JListOperator patients) {
        patients.clickOnItem(0, 1);
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");
        return new JDialogOperator(new GuiTests.TitleStartsWith("Another Session on the Same Day"));
    }

    /** The session editors the window system has open (docked behind another tab too), asked on the event thread. */
    private static List<Component> openEditors() {
        List<Component> editors = new ArrayList<>();
        try {
            EventQueue.invokeAndWait(() -> {
                try {
                    // the platform's: every module's classes
                    ClassLoader modules = Thread.currentThread().getContextClassLoader();
                    Class<?> topComponent = Class.forName("org.openide.windows.TopComponent", true, modules);
                    Class<?> registry = Class.forName("org.openide.windows.TopComponent$Registry", true, modules);
                    Object opened =
                            registry.getMethod("getOpened").invoke(topComponent.getMethod("getRegistry").invoke(null));
                    for (Object window : (Set<?>) opened) {
                        if (window.getClass().getName().equals("org.myoplan.planning.ui.SessionEditorTopComponent")) {
                            editors.add((Component) window);
                        }
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return editors;
    }

    private static final String[] QUESTIONS = {"NEUROMUSCULAR_DISEASE", "PREGNANCY_OR_BREASTFEEDING",
            "TOXIN_OR_ALBUMIN_ALLERGY",
        "INFECTION_AT_SITE", "NEUROMUSCULAR_DRUGS", "ANTICOAGULANTS", "SWALLOWING_OR_BREATHING_PROBLEMS",
        "RECENT_TOXIN_INJECTION"};

    private static JListOperator patientList(JFrameOperator main) {
        return new JListOperator(new ContainerOperator<>(main, new NameComponentChooser("patients.list")));
    }

    /** The index of the first finding whose description holds the text (e.g. "rule=dose-needed"), or -1. */
    private static int indexOf(JListOperator findings, String text) {
        for (int i = 0; i < findings.getModel().getSize(); i++) {
            if (String.valueOf(findings.getModel().getElementAt(i)).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int countOf(JListOperator findings, String text) {
        int n = 0;
        for (int i = 0; i < findings.getModel().getSize(); i++) {
            n += String.valueOf(findings.getModel().getElementAt(i)).contains(text) ? 1 : 0;
        }
        return n;
    }

    private static String rendered(JListOperator list, int index) {
        if (index < 0) {
            return "";
        }
        Component cell = list.getRenderedComponent(index);
        return cell instanceof JLabel label ? label.getText() : String.valueOf(cell);
    }

    private static String cellText(JTableOperator table, int row, int column) {
        Component cell = table.getRenderedComponent(row, column);
        return cell instanceof JLabel label ? label.getText() : String.valueOf(cell);
    }

    /** What the findings' sign means ("acknowledged", "open warning"), as the icon says it. */
    private static String meaning(Icon icon) {
        try {
            var method = icon.getClass().getDeclaredMethod("meaning");
            method.setAccessible(true);
            return String.valueOf(method.invoke(icon));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the finding has no sign of the application's own: " + icon, e);
        }
    }

    /** Every text a dialog shows: labels, text areas and fields. */
    private static String allText(Component root) {
        StringBuilder text = new StringBuilder();
        if (root instanceof JLabel label && label.getText() != null) {
            text.append(label.getText()).append('\n');
        } else if (root instanceof JTextComponent field) {
            text.append(field.getText()).append('\n');
        }
        if (root instanceof Container container) {
            for (Component c : container.getComponents()) {
                text.append(allText(c));
            }
        }
        return text.toString();
    }

    /** A dialog showing the text somewhere in it. */
    private static final class DialogWithText implements ComponentChooser {
        private final String text;

        DialogWithText(String text) {
            this.text = text;
        }

        @Override
        public boolean checkComponent(Component c) {
            return c instanceof JDialog && c.isShowing() && allText(c).contains(text);
        }

        @Override
        public String getDescription() {
            return "a dialog saying ..." + text + "...";
        }
    }
}
