package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.framesDrawn;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FontMetrics;
import java.awt.Frame;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JTable;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.table.TableColumn;
import junit.framework.Test;
import org.netbeans.jemmy.operators.ContainerOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JPopupMenuOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * The session editor on a laptop's screen: at 1280x720 and 1366x768 every button of the editor, the
 * targets table with readable columns, the dose checks and the totals are in sight beside a usable 3D
 * View; at 1024x600 and 800x500 the toolbar overflows into its "»" menu and nothing becomes unreachable; grown
 * back, the window has its proportions again. Under Xvfb there is no window manager: the test sizes
 * the main window itself, as a user would by resizing it.
 */
public class LaptopScreenGuiTest extends GuiTestCase {

    /** What the clinician types or picks in the editor, besides the table and the buttons. */
    private static final List<String> FIELDS = List.of("session.date", "session.clinician", "session.status",
            "session.product", "session.vialUnits", "session.vials", "session.diluent", "session.lot", "session.expiry",
            "session.reconstituted", "session.notes", "findings.acknowledge");
    /** Below this the dose checks show less than two findings: the clinician would scroll to read one. */
    private static final int MIN_FINDINGS_HEIGHT = 80;
    /** Below this the body in the 3D View is too small to click a muscle. */
    private static final int MIN_VIEW_WIDTH = 400, MIN_VIEW_HEIGHT = 200;

    public LaptopScreenGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(LaptopScreenGuiTest.class);
    }

    public void testTheSessionEditorFitsLaptopScreensAndNothingBecomesUnreachableWhenSmaller() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        JComponent canvas = GuiTests.waitForCanvas(main);
        waitUntil("the 3D View draws", () -> framesDrawn(canvas) > 0);
        PlanningGui.createPatient(main, "LAP-1", "Anna Meier");
        PlanningGui.selectPatient(main, "Anna Meier");
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");
        Container editor = PlanningGui.waitForEditor(main);
        ContainerOperator<?> plan = new ContainerOperator<>(editor);
        JTableOperator targets = new JTableOperator(plan, new NameComponentChooser("session.targets"));
        addPattern(plan, "Flexed elbow|left");
        addPattern(plan, "Flexed wrist|left");
        waitUntil("five targets", () -> targets.getRowCount() == 5);
        resize(main, new Dimension(1366, 768));
        List<AbstractButton> buttons = editorButtons(editor);

        Map<String, Integer> at1280 = null;
        for (Dimension screen : List.of(new Dimension(1280, 720), new Dimension(1366, 768))) {
            resize(main, screen);
            saveScreenshot(capture(main.getSource()), "laptop-" + screen.width + "x" + screen.height + ".png");
            String at = " at " + screen.width + "x" + screen.height;
            for (AbstractButton button : buttons) {
                assertTrue(button.getName() + " is in sight" + at, fullyInSight(button, main.getSource()));
            }
            for (String field : FIELDS) {
                assertTrue(field + " is in sight" + at, fullyInSight(find(editor, field), main.getSource()));
            }
            Component findings = find(editor, "session.findings");
            assertTrue("the dose checks are " + findings.getHeight() + " px high" + at,
                    fullyInSight(findings, main.getSource()) && findings.getHeight() >= MIN_FINDINGS_HEIGHT);
            assertTrue("the totals are in sight" + at, fullyInSight(find(editor, "session.totals"), main.getSource()));
            assertColumnsReadable((JTable) targets.getSource(), at);
            assertTrue("the 3D View is " + canvas.getWidth() + "x" + canvas.getHeight() + at,
                    canvas.getWidth() >= MIN_VIEW_WIDTH && canvas.getHeight() >= MIN_VIEW_HEIGHT);
            if (at1280 == null) {
                at1280 = proportions(editor, canvas, findings, targets.getSource());
            }
        }

        assertNothingOutOfReach(main, editor, buttons, new Dimension(1024, 600));
        resize(main, new Dimension(1280, 720));
        saveScreenshot(capture(main.getSource()), "laptop-1280x720-again.png");
        Map<String, Integer> again = proportions(editor, canvas, find(editor, "session.findings"), targets.getSource());
        for (Map.Entry<String, Integer> first : at1280.entrySet()) {
            int now = again.get(first.getKey());
            assertTrue(first.getKey() + " was " + first.getValue() + " px at 1280x720, is " + now
                    + " px after shrinking and growing", Math.abs(now - first.getValue()) <= 4);
        }
        for (AbstractButton button : buttons) {
            assertTrue(button.getName() + " is back in the toolbar", fullyInSight(button, main.getSource()));
        }

        // smaller still the editor scrolls; the window system squeezes the 3D View and the left column
        // first, and does not give the left column its width back, so proportions are not compared here
        assertNothingOutOfReach(main, editor, buttons, new Dimension(800, 500));
        resize(main, new Dimension(1280, 720));
        for (AbstractButton button : buttons) {
            assertTrue(button.getName() + " is back in the toolbar after 800x500",
                    fullyInSight(button, main.getSource()));
        }
    }

    /**
     * In a window too small for the whole editor: a button that is not in the toolbar is in its overflow
     * menu, and every field and the totals are in sight or brought there by scrolling the editor.
     */
    private static void assertNothingOutOfReach(JFrameOperator main, Container editor, List<AbstractButton> buttons,
            Dimension small) throws Exception {
        resize(main, small);
        String at = " at " + small.width + "x" + small.height;
        String shot = "laptop-" + small.width + "x" + small.height;
        saveScreenshot(capture(main.getSource()), shot + ".png");
        List<AbstractButton> overflowed = new ArrayList<>();
        for (AbstractButton button : buttons) {
            if (!fullyInSight(button, main.getSource())) {
                overflowed.add(button);
            }
        }
        if (!overflowed.isEmpty()) {
            AbstractButton more = overflowButton(editor);
            assertNotNull("buttons out of sight" + at + " (" + names(overflowed) + ") but no overflow button", more);
            assertTrue("the overflow button is in sight" + at, fullyInSight(more, main.getSource()));
            new JButtonOperator((JButton) more).push();
            waitUntil("the overflow menu shows " + names(overflowed),
                    () -> overflowed.stream().allMatch(Component::isShowing));
            saveScreenshot(capture(main.getSource()), shot + "-overflow.png");
            new JButtonOperator((JButton) more).push(); // closes the menu again
            waitUntil("the overflow menu closes", () -> overflowed.stream().noneMatch(Component::isShowing));
        }
        for (String field : FIELDS) {
            assertTrue(field + " can be reached" + at, reachable(find(editor, field), main.getSource()));
        }
        assertTrue("the totals can be reached" + at, reachable(find(editor, "session.totals"), main.getSource()));
        saveScreenshot(capture(main.getSource()), shot + "-scrolled.png");
    }

    private static void addPattern(ContainerOperator<?> plan, String pattern) {
        new JButtonOperator(plan, new NameComponentChooser("session.addPattern")).push();
        new JPopupMenuOperator().pushMenu(pattern);
    }

    /** Sets the main window's size (no window manager does it under Xvfb) and waits for the layout. */
    static void resize(JFrameOperator main, Dimension size) throws Exception {
        Frame frame = (Frame) main.getSource();
        EventQueue.invokeAndWait(() -> {
            frame.setExtendedState(Frame.NORMAL);
            frame.setBounds(0, 0, size.width, size.height);
            frame.validate();
        });
        waitUntil("the window is " + size.width + "x" + size.height, () -> frame.getWidth() == size.width
                && frame.getHeight() == size.height);
        // the window system lays its splits out in later events: let them settle
        for (int i = 0; i < 5; i++) {
            EventQueue.invokeAndWait(frame::validate);
            Thread.sleep(100);
        }
    }

    /**
     * Every button of the editor's toolbar, looked up while the window is wide enough to hold them all:
     * a button that overflows later moves into the overflow menu, outside the editor.
     */
    private static List<AbstractButton> editorButtons(Container editor) throws Exception {
        List<AbstractButton> buttons = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            for (String name : List.of("session.save", "session.addSelected", "session.addPattern",
                    "session.copyForward", "session.remove", "session.placeSites", "session.clearSites",
                    "session.frame", "session.export", "session.print")) {
                AbstractButton button = (AbstractButton) findIn(editor, name);
                assertNotNull("the editor has its button " + name, button);
                buttons.add(button);
            }
        });
        return buttons;
    }

    private static Component findIn(Container root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof JMenu menu) {
                Component inMenu = findIn(menu.getPopupMenu(), name);
                if (inMenu != null) {
                    return inMenu;
                }
            }
            if (child instanceof Container c) {
                Component found = findIn(c, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Component find(Container editor, String name) {
        Component c = findIn(editor, name);
        assertNotNull("the editor has " + name, c);
        return c;
    }

    /** The toolbar's "»" button, when the toolbar has more buttons than room. */
    private static AbstractButton overflowButton(Container editor) {
        List<AbstractButton> found = new ArrayList<>();
        collect(editor, found);
        return found.stream().filter(b -> b.getName() == null && b.isShowing() && b.getParent() instanceof JToolBar)
                .findFirst().orElse(null);
    }

    private static void collect(Container root, List<AbstractButton> into) {
        for (Component child : root.getComponents()) {
            if (child instanceof AbstractButton b) {
                into.add(b);
            }
            if (child instanceof Container c) {
                collect(c, into);
            }
        }
    }

    /** Shown, whole, and inside the main window: not cut by a scroll pane, a split or the screen's edge. */
    static boolean fullyInSight(Component c, Component window) {
        if (!c.isShowing() || !(c instanceof JComponent j)) {
            return false;
        }
        Rectangle visible = j.getVisibleRect();
        Rectangle inWindow = SwingUtilities.convertRectangle(c, new Rectangle(0, 0, c.getWidth(), c.getHeight()),
                window);
        return c.getWidth() > 0 && c.getHeight() > 0 && visible.width == c.getWidth() && visible.height == c.getHeight()
                && new Rectangle(0, 0, window.getWidth(), window.getHeight()).contains(inWindow);
    }

    /** In sight, or brought into sight by scrolling the editor (as the clinician would with the scroll bar). */
    private static boolean reachable(Component c, Component window) throws Exception {
        if (fullyInSight(c, window)) {
            return true;
        }
        EventQueue.invokeAndWait(() -> ((JComponent) c).scrollRectToVisible(new Rectangle(0, 0, c.getWidth(),
                c.getHeight())));
        EventQueue.invokeAndWait(() -> { });
        return fullyInSight(c, window);
    }

    /**
     * Each column at least as wide as its heading, the muscle column as its longest name, and the table
     * in sight for at least three rows.
     */
    private static void assertColumnsReadable(JTable table, String at) {
        FontMetrics header = table.getTableHeader().getFontMetrics(table.getTableHeader().getFont());
        FontMetrics cells = table.getFontMetrics(table.getFont());
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            int needed = header.stringWidth(String.valueOf(column.getHeaderValue())) + 6;
            if (i == 0) {
                for (int row = 0; row < table.getRowCount(); row++) {
                    needed = Math.max(needed, cells.stringWidth(String.valueOf(table.getValueAt(row, 0))) + 6);
                }
            }
            assertTrue("column " + column.getHeaderValue() + " is " + column.getWidth() + " px wide, needs " + needed
                    + at, column.getWidth() >= needed);
        }
        Rectangle visible = table.getVisibleRect();
        assertTrue("the table shows " + visible.width + " of " + table.getWidth() + " px across" + at,
                visible.width >= table.getWidth());
        assertTrue("the table shows " + visible.height + " px of rows" + at,
                visible.height >= 3 * table.getRowHeight());
    }

    private static Map<String, Integer> proportions(Container editor, JComponent canvas, Component findings,
            Component table) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("the editor's width", editor.getWidth());
        sizes.put("the editor's height", editor.getHeight());
        sizes.put("the 3D View's width", canvas.getWidth());
        sizes.put("the 3D View's height", canvas.getHeight());
        sizes.put("the dose checks' width", findings.getWidth());
        sizes.put("the dose checks' height", findings.getHeight());
        sizes.put("the targets table's visible height", ((JComponent) table).getVisibleRect().height);
        return sizes;
    }

    private static String names(List<AbstractButton> buttons) {
        return String.join(", ", buttons.stream().map(Component::getName).toList());
    }
}
