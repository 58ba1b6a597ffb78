package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.Component;
import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.MenuSelectionManager;
import junit.framework.Test;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * The main window as a clinic gets it: "Myoplan" and its version in the title, no IDE windows or menus,
 * the standard shortcuts in the menus, Options without the IDE's proxy settings and with the clinician.
 */
public class ShellGuiTest extends GuiTestCase {

    public ShellGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(ShellGuiTest.class);
    }

    public void testTheTitleIsMyoplanAndItsVersion() {
        String title = GuiTests.mainWindow().getTitle();
        assertTrue("not a build hash: " + title, title.matches("Myoplan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    }

    public void testTheMenusHoldNoIdeLeftovers() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        assertEquals(List.of("File", "Edit", "View", "Tools", "Window", "Help"), menus(main));
        List<String> window = new ArrayList<>(items(main, "Window").keySet());
        for (String leftover : List.of("Favorites", "Output", "Editor", "Web", "IDE Tools", "Document Groups")) {
            assertFalse(leftover + " in " + window, window.contains(leftover));
        }
        assertTrue(window.containsAll(List.of("Patients", "3D View", "Muscles", "Outcomes")));
        assertEquals(List.of("Anatomy Atlas", "Options"), new ArrayList<>(items(main, "Tools").keySet()));
        assertFalse(items(main, "View").containsKey("IDE Log"));
        assertFalse(items(main, "File").containsKey("Save As..."));
        assertFalse(items(main, "Edit").containsKey("Replace..."));
    }

    public void testTheStandardShortcutsShowInTheMenus() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        Map<String, KeyStroke> edit = items(main, "Edit");
        assertEquals(KeyStroke.getKeyStroke("ctrl Z"), edit.get("Undo"));
        assertEquals(KeyStroke.getKeyStroke("ctrl Y"), edit.get("Redo"));
        assertEquals(KeyStroke.getKeyStroke("DELETE"), edit.get("Delete"));
        Map<String, KeyStroke> file = items(main, "File");
        assertEquals(KeyStroke.getKeyStroke("ctrl S"), file.get("Save"));
        assertEquals(KeyStroke.getKeyStroke("ctrl P"), file.get("Print..."));
        Map<String, KeyStroke> help = items(main, "Help");
        assertEquals(KeyStroke.getKeyStroke("F1"), help.get("Help for This Window"));
        assertTrue(help.containsKey("Myoplan Help"));
    }

    public void testOptionsHaveNoProxySettingsAndKeepTheClinician() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        new JMenuBarOperator(main).pushMenuNoBlock("Tools|Options", "|");
        JDialogOperator options = new JDialogOperator(new GuiTests.TitleStartsWith("Options"));
        new JLabelOperator(options, "Keymap");
        assertNull("no General (proxy) category", findLabel(options, "General"));
        assertNull("no Miscellaneous category", findLabel(options, "Miscellaneous"));
        new JLabelOperator(options, "Documents").clickMouse();
        JTextFieldOperator clinician = new JTextFieldOperator(options, new NameComponentChooser("documents.clinician"));
        waitUntil("the clinician named at the first start", () -> GuiTests.CLINICIAN.equals(clinician.getText()));
        assertEquals(GuiTests.CLINIC,
                new JTextFieldOperator(options, new NameComponentChooser("documents.clinic")).getText());
        saveScreenshot(capture(options.getSource()), "options-documents.png");
        // the platform's Options dialog finishes setting up its categories after it shows (and its event
        // queue is never quiet for long): closing it before that fails inside the platform
        Thread.sleep(1500);
        new JButtonOperator(options, "Cancel").push();
        options.waitClosed();
    }

    private static Component findLabel(JDialogOperator dialog, String text) {
        return dialog.findSubComponent(new ComponentChooser() {
            @Override
            public boolean checkComponent(Component c) {
                return c instanceof JLabel label && text.equals(label.getText()) && label.isShowing();
            }

            @Override
            public String getDescription() {
                return "a label " + text;
            }
        });
    }

    private static List<String> menus(JFrameOperator main) throws Exception {
        AtomicReference<List<String>> names = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            JMenuBar bar = main.getJMenuBar();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                if (bar.getMenu(i) != null && bar.getMenu(i).isVisible()) {
                    found.add(bar.getMenu(i).getText());
                }
            }
            names.set(found);
        });
        return names.get();
    }

    /** A menu's items as the user sees them when it opens: text and shortcut. */
    private static Map<String, KeyStroke> items(JFrameOperator main, String menuName) throws Exception {
        AtomicReference<JMenu> menu = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            JMenuBar bar = main.getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                if (bar.getMenu(i) != null && menuName.equals(bar.getMenu(i).getText())) {
                    menu.set(bar.getMenu(i));
                    bar.getMenu(i).doClick(0);
                }
            }
        });
        assertNotNull("a menu " + menuName, menu.get());
        waitUntil("the " + menuName + " menu shows", () -> menu.get().getPopupMenu().isShowing()
                && menu.get().getPopupMenu().getComponentCount() > 0);
        AtomicReference<Map<String, KeyStroke>> items = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            Map<String, KeyStroke> found = new LinkedHashMap<>();
            for (Component c : menu.get().getPopupMenu().getComponents()) {
                if (c instanceof JMenuItem item && item.isVisible()) {
                    found.put(item.getText(), item.getAccelerator());
                }
            }
            items.set(found);
            MenuSelectionManager.defaultManager().clearSelectedPath();
        });
        return items.get();
    }
}
