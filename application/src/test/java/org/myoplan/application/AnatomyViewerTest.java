package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.framesDrawn;
import static org.myoplan.application.GuiTests.highlighted;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.Point;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import junit.framework.Test;
import org.netbeans.jemmy.operators.ComponentOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.netbeans.junit.NbTestCase;

/**
 * The anatomy viewer through its windows: find a muscle by search and see it highlighted in 3D;
 * click a muscle in 3D and see the Muscles list select it.
 */
public class AnatomyViewerTest extends NbTestCase {

    public AnatomyViewerTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(AnatomyViewerTest.class);
    }

    @Override
    protected void setUp() {
        GuiTests.quietJemmy();
        GuiTests.answerFirstStart();
    }

    public void testSearchSelectsInTheListAndHighlightsIn3DAndAClickIn3DSelectsInTheList() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        JComponent canvas = GuiTests.waitForCanvas(main);
        waitUntil("the 3D View draws", () -> framesDrawn(canvas) > 0);
        assertEquals("nothing is highlighted before a selection", 0, highlighted(capture(canvas)).count());

        // search "biceps" and select the left one in the list
        new JTextFieldOperator(main, new NameComponentChooser("muscles.search")).typeText("biceps");
        JListOperator list = new JListOperator(main, new NameComponentChooser("muscles.list"));
        waitUntil("the list shows the biceps", () -> list.getModel().getSize() > 0
                && String.valueOf(list.getModel().getElementAt(0)).contains("Biceps"));
        int left = indexOf(list, "Biceps brachii (left)");
        assertTrue("the list offers the left biceps: " + describe(list), left >= 0);
        long before = framesDrawn(canvas);
        list.selectItem(left);
        waitUntil("the 3D View redraws", () -> framesDrawn(canvas) > before);
        BufferedImage view = capture(canvas);
        saveScreenshot(view, "biceps-left-selected.png");
        GuiTests.Highlight highlight = highlighted(view);
        assertTrue("the left biceps is highlighted (" + highlight.count() + " pixels)", highlight.count() > 100);
        Point centre = highlight.centre();
        assertTrue("it is on the body's left, the viewer's right in the front view: " + centre, centre.x > view.getWidth() / 2);
        assertTrue("it is in the upper half, on the arm: " + centre, centre.y < view.getHeight() / 2);

        // select something else by search, then click the biceps where it was highlighted
        new JTextFieldOperator(main, new NameComponentChooser("muscles.search")).clearText();
        new JTextFieldOperator(main, new NameComponentChooser("muscles.search")).typeText("soleus left");
        waitUntil("the list shows the soleus", () -> indexOf(list, "Soleus (left)") >= 0);
        list.selectItem(indexOf(list, "Soleus (left)"));
        waitUntil("the soleus is selected", () -> String.valueOf(list.getSelectedValue()).contains("Soleus"));
        new ComponentOperator(canvas).clickMouse(highlight.nearestTo(centre).x, highlight.nearestTo(centre).y, 1);
        waitUntil("the list selects the clicked biceps", () -> String.valueOf(list.getSelectedValue()).contains("Biceps brachii (left)"));
        assertEquals(1, list.getSelectedIndices().length);
        saveScreenshot(capture(main.getSource()), "biceps-clicked-main-window.png");

        // Hide takes the selected biceps out of the view and out of the selection; Show all brings it back
        long beforeHide = framesDrawn(canvas);
        new org.netbeans.jemmy.operators.JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Hide")).push();
        waitUntil("the 3D View redraws without the biceps", () -> framesDrawn(canvas) > beforeHide);
        assertEquals("nothing highlighted once the selection is hidden", 0, highlighted(capture(canvas)).count());
        assertEquals("the list selects nothing", 0, list.getSelectedIndices().length);
        long beforeShow = framesDrawn(canvas);
        new org.netbeans.jemmy.operators.JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Show all")).push();
        waitUntil("the 3D View redraws", () -> framesDrawn(canvas) > beforeShow);

        // the calf from behind: the left medial gastrocnemius lies on the viewer's left
        JTextFieldOperator search = new JTextFieldOperator(main, new NameComponentChooser("muscles.search"));
        search.clearText();
        search.typeText("gastrocnemius medial left");
        waitUntil("the list shows the gastrocnemius", () -> indexOf(list, "Gastrocnemius, medial head (left)") >= 0);
        long beforeBack = framesDrawn(canvas);
        list.selectItem(indexOf(list, "Gastrocnemius, medial head (left)"));
        new org.netbeans.jemmy.operators.JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Posterior")).push();
        waitUntil("the 3D View turns", () -> framesDrawn(canvas) > beforeBack + 1);
        GuiTests.Highlight calf = highlighted(capture(canvas));
        saveScreenshot(capture(main.getSource()), "gastrocnemius-posterior-main-window.png");
        assertTrue("the calf is highlighted (" + calf.count() + " pixels)", calf.count() > 50);
        assertTrue("from behind the body's left is on the viewer's left: " + calf.centre(), calf.centre().x < canvas.getWidth() / 2);
        assertTrue("it is low, on the leg: " + calf.centre(), calf.centre().y > canvas.getHeight() / 2);
    }

    private static int indexOf(JListOperator list, String text) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (String.valueOf(list.getModel().getElementAt(i)).equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(JListOperator list) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < Math.min(8, list.getModel().getSize()); i++) {
            items.append(list.getModel().getElementAt(i)).append("; ");
        }
        return items.toString();
    }
}
