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
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JMenuItemOperator;
import org.netbeans.jemmy.operators.JPopupMenuOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * The anatomy viewer through its windows: find a muscle by search and see it highlighted in 3D;
 * click a muscle in 3D and see the Muscles list select it; show the landmarks.
 */
public class AnatomyViewerTest extends GuiTestCase {

    public AnatomyViewerTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(AnatomyViewerTest.class);
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
        assertTrue("it is on the body's left, the viewer's right in the front view: " + centre,
                centre.x > view.getWidth() / 2);
        assertTrue("it is in the upper half, on the arm: " + centre, centre.y < view.getHeight() / 2);

        // select something else by search, then click the biceps where it was highlighted
        new JTextFieldOperator(main, new NameComponentChooser("muscles.search")).clearText();
        new JTextFieldOperator(main, new NameComponentChooser("muscles.search")).typeText("soleus left");
        waitUntil("the list shows the soleus", () -> indexOf(list, "Soleus (left)") >= 0);
        list.selectItem(indexOf(list, "Soleus (left)"));
        waitUntil("the soleus is selected", () -> String.valueOf(list.getSelectedValue()).contains("Soleus"));
        new ComponentOperator(canvas).clickMouse(highlight.nearestTo(centre).x, highlight.nearestTo(centre).y, 1);
        waitUntil("the list selects the clicked biceps",
                () -> String.valueOf(list.getSelectedValue()).contains("Biceps brachii (left)"));
        assertEquals(1, list.getSelectedIndices().length);
        saveScreenshot(capture(main.getSource()), "biceps-clicked-main-window.png");

        // Hide takes the selected biceps out of the view and out of the selection; Show all brings it back
        long beforeHide = framesDrawn(canvas);
        new JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Hide")).push();
        waitUntil("the 3D View redraws without the biceps", () -> framesDrawn(canvas) > beforeHide);
        assertEquals("nothing highlighted once the selection is hidden", 0, highlighted(capture(canvas)).count());
        assertEquals("the list selects nothing", 0, list.getSelectedIndices().length);
        long beforeShow = framesDrawn(canvas);
        new JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Show all")).push();
        waitUntil("the 3D View redraws", () -> framesDrawn(canvas) > beforeShow);

        // hovering the biceps (shown again, nothing selected) lightens it and names it
        Point onBiceps = highlight.nearestTo(centre);
        new ComponentOperator(canvas).moveMouse(2, 2); // beside the body: nothing hovered
        Thread.sleep(500); // the frame that clears an earlier hover, if there was one
        int plain = capture(canvas).getRGB(onBiceps.x, onBiceps.y);
        long beforeHover = framesDrawn(canvas);
        new ComponentOperator(canvas).moveMouse(onBiceps.x, onBiceps.y);
        waitUntil("the 3D View redraws the hovered biceps", () -> framesDrawn(canvas) > beforeHover);
        BufferedImage hovered = capture(canvas);
        saveScreenshot(hovered, "biceps-hovered.png");
        assertTrue("the hovered biceps is lighter: " + Integer.toHexString(plain) + " then "
                + Integer.toHexString(hovered.getRGB(onBiceps.x, onBiceps.y)),
                brightness(hovered.getRGB(onBiceps.x, onBiceps.y)) > brightness(plain) + 40);
        assertEquals("Biceps brachii (left)", canvas.getToolTipText());
        new ComponentOperator(canvas).moveMouse(2, 2);

        // both calves from behind: the view fits them, and the body's left is on the viewer's left
        JTextFieldOperator search = new JTextFieldOperator(main, new NameComponentChooser("muscles.search"));
        search.clearText();
        search.typeText("gastrocnemius medial");
        waitUntil("the list shows both gastrocnemii", () -> indexOf(list, "Gastrocnemius, medial head (left)") >= 0
                && indexOf(list, "Gastrocnemius, medial head (right)") >= 0);
        long beforeBack = framesDrawn(canvas);
        list.selectItems(new int[] {indexOf(list, "Gastrocnemius, medial head (left)"),
                indexOf(list, "Gastrocnemius, medial head (right)")});
        new JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Posterior")).push();
        waitUntil("the 3D View turns", () -> framesDrawn(canvas) > beforeBack + 1);
        GuiTests.Highlight calves = highlighted(capture(canvas));
        saveScreenshot(capture(main.getSource()), "gastrocnemius-posterior-main-window.png");
        assertTrue("the calves are outlined (" + calves.count() + " pixels)", calves.count() > 100);
        assertTrue("the posterior view fits the selected calves, not the whole body: " + calves.height() + " of "
                + canvas.getHeight(), calves.height() > canvas.getHeight() * 0.5);
        GuiTests.Highlight viewersLeft = calves.leftOf(canvas.getWidth() / 2);
        assertTrue("one calf on each half of the view", viewersLeft.count() > 30
                && viewersLeft.count() < calves.count() - 30);
        Point leftCalf = viewersLeft.nearestTo(viewersLeft.centre());
        new ComponentOperator(canvas).clickMouse(leftCalf.x, leftCalf.y, 1);
        waitUntil("from behind, the calf on the viewer's left is the body's left",
                () -> "Gastrocnemius, medial head (left)".equals(String.valueOf(list.getSelectedValue())));

        // Reset: the front view fits the whole body again, the selection kept
        long beforeReset = framesDrawn(canvas);
        new JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Reset")).push();
        waitUntil("the 3D View resets", () -> framesDrawn(canvas) > beforeReset);
        GuiTests.Highlight whole = highlighted(capture(canvas));
        assertTrue("the whole body: the calf is small and low, on the viewer's right from the front: " + whole.centre(),
                whole.count() > 20 && whole.height() < canvas.getHeight() * 0.3
                && whole.centre().y > canvas.getHeight() / 2
                        && whole.centre().x > canvas.getWidth() / 2);

        // the Landmarks layer (off at first) adds named crosses on the bones, the selection kept
        assertEquals("no landmark before the layer is asked for", 0, landmarksDrawn(canvas));
        BufferedImage withoutLandmarks = capture(canvas);
        long beforeLandmarks = framesDrawn(canvas);
        toggleLandmarks(main);
        waitUntil("the landmarks are located and drawn", () -> landmarksDrawn(canvas) > 0
                && framesDrawn(canvas) > beforeLandmarks);
        Thread.sleep(300); // the frame with the landmarks reaches the screen
        BufferedImage withLandmarks = capture(canvas);
        saveScreenshot(withLandmarks, "landmarks-layer.png");
        assertTrue("the built-in atlas places dozens of landmarks: " + landmarksDrawn(canvas),
                landmarksDrawn(canvas) > 60);
        int changed = changedPixels(withoutLandmarks, withLandmarks);
        assertTrue("the crosses and names change the picture (" + changed + " pixels)", changed > 500);
        assertTrue("the calf stays selected", highlighted(withLandmarks).count() > 20);
        long beforeFit = framesDrawn(canvas);
        new JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Fit")).push();
        waitUntil("the 3D View fits the calves", () -> framesDrawn(canvas) > beforeFit);
        Thread.sleep(300);
        saveScreenshot(capture(canvas), "landmarks-layer-legs.png");
        long beforeOff = framesDrawn(canvas);
        toggleLandmarks(main);
        waitUntil("the landmarks go again", () -> landmarksDrawn(canvas) == 0 && framesDrawn(canvas) > beforeOff);
    }

    /** Layers > Show Landmarks. */
    private static void toggleLandmarks(JFrameOperator main) {
        new JButtonOperator(main, new NameComponentChooser("viewer.toolbar.layers")).push();
        new JMenuItemOperator(new JPopupMenuOperator(), new NameComponentChooser("viewer.layer.LANDMARKS.shown"))
                .push();
    }

    private static int landmarksDrawn(JComponent canvas) {
        Object drawn = canvas.getClientProperty("myoplan.landmarksDrawn");
        return drawn instanceof Integer ? (Integer) drawn : 0;
    }

    private static int changedPixels(BufferedImage before, BufferedImage after) {
        int changed = 0;
        for (int y = 0; y < Math.min(before.getHeight(), after.getHeight()); y++) {
            for (int x = 0; x < Math.min(before.getWidth(), after.getWidth()); x++) {
                changed += before.getRGB(x, y) == after.getRGB(x, y) ? 0 : 1;
            }
        }
        return changed;
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
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
