package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitForCanvas;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.EventQueue;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JEditorPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLDocument;
import junit.framework.Test;
import org.netbeans.jemmy.QueueTool;
import org.netbeans.jemmy.operators.ComponentOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/** Help > Myoplan Help shows the guide inside Myoplan, and F1 in a window shows that window's page. */
public class HelpGuiTest extends GuiTestCase {

    public HelpGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(HelpGuiTest.class);
    }

    public void testTheHelpMenuOpensTheGuideAndF1OpensTheWindowsPage() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        new JMenuBarOperator(main).pushMenuNoBlock("Help|Myoplan Help", "|");
        JEditorPane page = (JEditorPane) main.waitSubComponent(new NameComponentChooser("help.page"));
        waitForTitle(page, "Myoplan Help");
        assertTrue("the guide has the planning workflow", text(page).contains("Planning a session"));
        new QueueTool().waitEmpty(200);
        saveScreenshot(capture(main.getSource()), "help-guide.png");

        // F1 in the 3D View: its page.
        new ComponentOperator(waitForCanvas(main)).clickMouse();
        main.pushKey(KeyEvent.VK_F1);
        waitForTitle(page, "3D View");

        // F1 in the Patients window's search field: the Patients page.
        JTextFieldOperator search = new JTextFieldOperator(main, new NameComponentChooser("patients.search"));
        search.clickMouse();
        search.pushKey(KeyEvent.VK_F1);
        waitForTitle(page, "Patients");
        new QueueTool().waitEmpty(200); // the new page painted
        saveScreenshot(capture(main.getSource()), "help-patients.png");

        // Back returns to the page before; Contents to the guide.
        new JButtonOperator(main, new NameComponentChooser("help.back")).push();
        waitForTitle(page, "3D View");
        new JButtonOperator(main, new NameComponentChooser("help.contents")).push();
        waitForTitle(page, "Myoplan Help");

        // The guide's own links: the dose-check legend and the shortcuts.
        follow(page, "dose-checks.html");
        waitForTitle(page, "Dose checks");
        // the page's text may still be loading when its title shows: wait for it rather than read it once
        GuiTests.waitUntil("the legend names open and acknowledged findings, blocks and warnings",
                () -> shows(page, "acknowledged", "Blocking", "Warning"));
        follow(page, "shortcuts.html");
        waitForTitle(page, "Keyboard shortcuts");
        GuiTests.waitUntil("the shortcuts page lists Ctrl+Z", () -> shows(page, "Ctrl+Z"));
    }

    private static void waitForTitle(JEditorPane page, String title) throws InterruptedException {
        waitUntil("the help page \"" + title + "\"",
                () -> title.equals(page.getDocument().getProperty(Document.TitleProperty)));
    }

    /** Whether the page's text holds every one of the words (false while it cannot be read). */
    private static boolean shows(JEditorPane page, String... words) {
        try {
            String text = text(page);
            return Arrays.stream(words).allMatch(text::contains);
        } catch (Exception e) {
            return false;
        }
    }

    private static String text(JEditorPane page) throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                text.set(page.getDocument().getText(0, page.getDocument().getLength()));
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
        return text.get();
    }

    /** Clicks the first link of the page to the given file, where it is drawn, once the page has loaded it. */
    private static void follow(JEditorPane page, String file) throws Exception {
        // the title is set before the rest of the page is read in: wait for the link rather than look once
        AtomicReference<Point> at = new AtomicReference<>();
        waitUntil("the page links to " + file, () -> {
            at.set(linkPosition(page, file));
            return at.get() != null;
        });
        new ComponentOperator(page).clickMouse(at.get().x, at.get().y, 1);
    }

    /** Where the first link to the file is drawn, or null while the page holds none. */
    private static Point linkPosition(JEditorPane page, String file) {
        AtomicReference<Point> at = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> at.set(findLink(page, file)));
        } catch (InterruptedException | InvocationTargetException e) {
            return null;
        }
        return at.get();
    }

    private static Point findLink(JEditorPane page, String file) {
        if (!(page.getDocument() instanceof HTMLDocument doc)) {
            return null;
        }
        for (HTMLDocument.Iterator link = doc.getIterator(HTML.Tag.A); link.isValid(); link.next()) {
            Object href = link.getAttributes().getAttribute(HTML.Attribute.HREF);
            if (href != null && href.toString().equals(file)) {
                try {
                    Rectangle2D box = page.modelToView2D(link.getStartOffset() + 1);
                    return box == null ? null : new Point((int) box.getCenterX(), (int) box.getCenterY());
                } catch (BadLocationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
