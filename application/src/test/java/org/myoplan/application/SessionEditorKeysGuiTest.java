package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;
import static org.myoplan.application.PlanningGui.close;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import junit.framework.Test;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.operators.AbstractButtonOperator;
import org.netbeans.jemmy.operators.ContainerOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JPopupMenuOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * The session editor answers to the standard keys (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, Delete, Ctrl+S and
 * Ctrl+P), and the lower area's tabs say whose window it is and of which kind; a session already open
 * is brought forward rather than opened twice, and a double-click in the History opens a session.
 */
public class SessionEditorKeysGuiTest extends GuiTestCase {

    private static final int MUSCLE = 0, UNITS = 2;
    private static final String TODAY = LocalDate.now().toString();

    public SessionEditorKeysGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(SessionEditorKeysGuiTest.class);
    }

    public void testTheEditorAnswersToTheStandardKeysAndTheTabsSayWhatTheyAre() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        GuiTests.waitForCanvas(main);
        PlanningGui.createPatient(main, "KEY-1", "Anna Meier");
        PlanningGui.selectPatient(main, "Anna Meier");
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");
        Container editor = PlanningGui.waitForEditor(main);
        ContainerOperator<?> plan = new ContainerOperator<>(editor);
        JTableOperator targets = new JTableOperator(plan, new NameComponentChooser("session.targets"));
        new JButtonOperator(plan, new NameComponentChooser("session.addPattern")).push();
        new JPopupMenuOperator().pushMenu("Flexed elbow|left");
        waitUntil("the pattern's three muscles", () -> targets.getRowCount() == 3);

        assertEquals("Meier A. \u00b7 Plan " + TODAY + " *", PlanningGui.tab(editor));
        assertEquals("Plan of Anna Meier, record KEY-1, born 1957-06-02: session of " + TODAY + ", planned",
                ((JComponent) editor).getToolTipText());
        assertTrue(tip(plan, "session.save"), tip(plan, "session.save").contains("Ctrl+S"));
        assertTrue(tip(plan, "session.remove"), tip(plan, "session.remove").contains("Delete"));
        assertTrue(tip(plan, "session.print"), tip(plan, "session.print").contains("Ctrl+P"));

        // Delete removes the selected target; Ctrl+Z brings it back, Ctrl+Y and Ctrl+Shift+Z remove it again
        targets.clickOnCell(0, MUSCLE);
        String first = String.valueOf(targets.getValueAt(0, MUSCLE));
        targets.pushKey(KeyEvent.VK_DELETE);
        waitUntil("Delete removes " + first, () -> targets.getRowCount() == 2
                && !first.equals(targets.getValueAt(0, MUSCLE)));
        assertFalse("Delete is not typed into a cell", targets.isEditing());
        targets.pushKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        waitUntil("Ctrl+Z brings " + first + " back", () -> targets.getRowCount() == 3
                && first.equals(targets.getValueAt(0, MUSCLE)));
        targets.pushKey(KeyEvent.VK_Y, InputEvent.CTRL_MASK);
        waitUntil("Ctrl+Y removes it again", () -> targets.getRowCount() == 2);
        targets.pushKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        waitUntil("Ctrl+Z once more", () -> targets.getRowCount() == 3);
        targets.pushKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK);
        waitUntil("Ctrl+Shift+Z redoes", () -> targets.getRowCount() == 2);
        targets.pushKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        waitUntil("and Ctrl+Z undoes", () -> targets.getRowCount() == 3);
        assertFalse("no key was typed into a cell", targets.isEditing());

        // two targets selected go with one Delete, and come back with one Ctrl+Z
        targets.clickOnCell(0, MUSCLE);
        targets.pushKey(KeyEvent.VK_DOWN, InputEvent.SHIFT_MASK);
        waitUntil("two rows selected", () -> targets.getSelectedRowCount() == 2);
        targets.pushKey(KeyEvent.VK_DELETE);
        waitUntil("both go", () -> targets.getRowCount() == 1);
        targets.pushKey(KeyEvent.VK_Z, InputEvent.CTRL_MASK);
        waitUntil("both come back in one step", () -> targets.getRowCount() == 3);

        // Ctrl+S saves: the unsaved mark goes, and the plan reopens as saved
        targets.changeCellObject(0, UNITS, "70");
        waitUntil("the dose is taken", () -> "70".equals(targets.getValueAt(0, UNITS)));
        targets.clickOnCell(1, MUSCLE);
        targets.pushKey(KeyEvent.VK_S, InputEvent.CTRL_MASK);
        waitUntil("Ctrl+S saves (no unsaved mark)", () -> !PlanningGui.tab(editor).endsWith("*"));

        // Ctrl+P is bound to the editor's print action, which the platform's Print finds too
        JComponent window = (JComponent) editor;
        Object print = window.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .get(KeyStroke.getKeyStroke(KeyEvent.VK_P, InputEvent.CTRL_DOWN_MASK));
        assertEquals("print", print);
        Action printAction = window.getActionMap().get("print");
        assertTrue("the print action is there and enabled", printAction != null && printAction.isEnabled());
        assertNotNull("the platform's Delete finds the editor's action", window.getActionMap().get("delete"));
        saveScreenshot(capture(main.getSource()), "keys-saved.png");
        close(editor);

        // the History: its tab, and a double-click on the planned session opens it for planning
        PlanningGui.selectPatient(main, "Anna Meier");
        new JMenuBarOperator(main).pushMenuNoBlock("File|History");
        Container history = (Container) main.waitSubComponent(PlanningGui.ofClass(PlanningGui.HISTORY));
        assertEquals("Meier A. \u00b7 History", PlanningGui.tab(history));
        assertTrue(((JComponent) history).getToolTipText()
                .startsWith("History of Anna Meier, record KEY-1, born 1957-06-02"));
        JTableOperator sessions =
                new JTableOperator(new ContainerOperator<>(history), new NameComponentChooser("history.sessions"));
        waitUntil("the session is listed", () -> sessions.getRowCount() == 1);
        sessions.clickOnCell(0, 0, 2);
        Container reopened = PlanningGui.waitForEditor(main);
        JTableOperator saved =
                new JTableOperator(new ContainerOperator<>(reopened), new NameComponentChooser("session.targets"));
        assertEquals(3, saved.getRowCount());
        assertEquals("Ctrl+S kept the dose", "70", saved.getValueAt(0, UNITS));
        assertTrue("a planned session opens for planning", saved.isCellEditable(0, UNITS));

        // opening it again, from the History's Open or a double-click, brings the same tab forward
        activate(history);
        new JButtonOperator(new ContainerOperator<>(history), new NameComponentChooser("history.open")).push();
        waitUntil("the open plan comes forward", () -> reopened.isShowing());
        activate(history);
        sessions.clickOnCell(0, 0, 2);
        waitUntil("the open plan comes forward again", () -> reopened.isShowing());
        assertEquals("one tab for the session, no read-only copy", 1, PlanningGui.opened(PlanningGui.EDITOR).size());

        // the therapist's view: its tab, and once only
        activate(history);
        new JButtonOperator(new ContainerOperator<>(history), new NameComponentChooser("history.therapist")).push();
        Container therapist = (Container) main.waitSubComponent(PlanningGui.ofClass(PlanningGui.THERAPIST));
        assertEquals("Meier A. \u00b7 Therapist " + TODAY, PlanningGui.tab(therapist));
        assertEquals("Therapist view of Anna Meier, record KEY-1, born 1957-06-02: session of " + TODAY + ", planned",
                ((JComponent) therapist).getToolTipText());
        activate(history);
        new JButtonOperator(new ContainerOperator<>(history), new NameComponentChooser("history.therapist")).push();
        waitUntil("the therapist's view comes forward", () -> therapist.isShowing());
        assertEquals(1, PlanningGui.opened(PlanningGui.THERAPIST).size());
        saveScreenshot(capture(main.getSource()), "tabs.png");
        close(therapist);

        // a session no longer planned opens read-only on a double-click
        activate(reopened);
        new JComboBoxOperator(new ContainerOperator<>(reopened), new NameComponentChooser("session.status"))
                .selectItem(2); // cancelled
        waitUntil("the plan is marked unsaved", () -> PlanningGui.tab(reopened).endsWith("*"));
        saved.clickOnCell(0, MUSCLE);
        saved.pushKey(KeyEvent.VK_S, InputEvent.CTRL_MASK);
        waitUntil("Ctrl+S saves the cancellation", () -> !PlanningGui.tab(reopened).endsWith("*"));
        close(reopened);
        activate(history);
        waitUntil("the History shows the session cancelled",
                () -> "cancelled".equals(String.valueOf(sessions.getValueAt(0, 4))));
        sessions.clickOnCell(0, 0, 2);
        Container readOnly = PlanningGui.waitForEditor(main);
        assertTrue(((JComponent) readOnly).getToolTipText().endsWith("cancelled (read-only)"));
        assertFalse("read-only",
                new JTableOperator(new ContainerOperator<>(readOnly), new NameComponentChooser("session.targets"))
                .isCellEditable(0, UNITS));
        close(readOnly);

        // Enter on a session does what a double-click does
        activate(history);
        sessions.clickOnCell(0, 0);
        sessions.pushKey(KeyEvent.VK_ENTER);
        Container byEnter = PlanningGui.waitForEditor(main);
        assertTrue(((JComponent) byEnter).getToolTipText().endsWith("cancelled (read-only)"));
        close(byEnter);
    }

    /**
     * A toolbar button's tooltip, read as the clinician would: in the toolbar, or in its "\u00bb" menu when
     * the window is too narrow for all the buttons (the platform's first window, 1152 px wide on this
     * screen, leaves Print there).
     */
    private static String tip(ContainerOperator<?> plan, String button) {
        NameComponentChooser named = new NameComponentChooser(button);
        Component inBar = plan.findSubComponent(named);
        if (inBar != null && inBar.isShowing()) {
            return String.valueOf(new AbstractButtonOperator(plan, named).getToolTipText());
        }
        JToolBar bar = (JToolBar) plan.findSubComponent(new NameComponentChooser("session.toolbar"));
        JButtonOperator more = new JButtonOperator(new ContainerOperator<>(bar), new ComponentChooser() {
            @Override
            public boolean checkComponent(Component c) {
                return c.getName() == null && c.getParent() == bar;
            }

            @Override
            public String getDescription() {
                return "the toolbar's overflow button";
            }
        });
        more.push();
        String tip = String.valueOf(new AbstractButtonOperator(new JPopupMenuOperator(), named).getToolTipText());
        more.push(); // closes the menu again
        return tip;
    }

    /** Brings a window's tab forward, as a click on the tab does. */
    private static void activate(Container window) throws Exception {
        EventQueue.invokeAndWait(() -> {
            try {
                window.getClass().getMethod("requestActive").invoke(window);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
        waitUntil("the window is in sight", window::isShowing);
    }
}
