package org.myoplan.application;

import java.awt.Component;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JList;
import junit.framework.Test;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.TestOut;
import org.netbeans.jemmy.Waitable;
import org.netbeans.jemmy.Waiter;
import org.netbeans.jemmy.operators.ComponentOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.netbeans.junit.NbModuleSuite;
import org.netbeans.junit.NbTestCase;

/**
 * The anatomy viewer through its windows: find a muscle by search and see it highlighted in 3D;
 * click a muscle in 3D and see the Muscles list select it.
 */
public class AnatomyViewerTest extends NbTestCase {

    private static final long TIMEOUT_MS = 60_000;
    /** The 3D View's highlight colour for selected muscles (SceneStyle.SELECTED, lit). */
    private static final int HIGHLIGHT_MIN_RED = 200, HIGHLIGHT_MIN_GREEN = 150, HIGHLIGHT_MAX_BLUE = 90;

    public AnatomyViewerTest(String name) {
        super(name);
    }

    public static Test suite() {
        return NbModuleSuite.createConfiguration(AnatomyViewerTest.class)
                .gui(true)
                .clusters(".*")
                .enableModules(MyoplanApplicationTest.OTHER_SYSTEMS_EXCLUDED)
                .failOnMessage(Level.WARNING)
                .failOnException(Level.INFO)
                .suite();
    }

    @Override
    protected void setUp() {
        JemmyProperties.setCurrentOutput(TestOut.getNullOutput());
        JemmyProperties.setCurrentTimeout("ComponentOperator.WaitComponentTimeout", TIMEOUT_MS);
        JemmyProperties.setCurrentTimeout("FrameWaiter.WaitFrameTimeout", TIMEOUT_MS);
    }

    public void testSearchSelectsInTheListAndHighlightsIn3DAndAClickIn3DSelectsInTheList() throws Exception {
        JFrameOperator main = new JFrameOperator(new ShowingFrame());
        JComponent canvas = (JComponent) main.waitSubComponent(new NameComponentChooser("viewer.canvas"));
        waitUntil("the 3D View draws", () -> frames(canvas) > 0);
        assertEquals("nothing is highlighted before a selection", 0, highlighted(capture(canvas)).count);

        // search "biceps" and select the left one in the list
        new JTextFieldOperator(main, new NameComponentChooser("muscles.search")).typeText("biceps");
        JListOperator list = new JListOperator(main, new NameComponentChooser("muscles.list"));
        waitUntil("the list shows the biceps", () -> list.getModel().getSize() > 0
                && String.valueOf(list.getModel().getElementAt(0)).contains("Biceps"));
        int left = indexOf(list, "Biceps brachii (left)");
        assertTrue("the list offers the left biceps: " + describe(list), left >= 0);
        long before = frames(canvas);
        list.selectItem(left);
        waitUntil("the 3D View redraws", () -> frames(canvas) > before);
        BufferedImage view = capture(canvas);
        save(view, "biceps-left-selected.png");
        Highlight highlight = highlighted(view);
        assertTrue("the left biceps is highlighted (" + highlight.count + " pixels)", highlight.count > 100);
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
        save(capture(main.getSource()), "biceps-clicked-main-window.png");

        // Hide takes the selected biceps out of the view and out of the selection; Show all brings it back
        long beforeHide = frames(canvas);
        new org.netbeans.jemmy.operators.JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Hide")).push();
        waitUntil("the 3D View redraws without the biceps", () -> frames(canvas) > beforeHide);
        assertEquals("nothing highlighted once the selection is hidden", 0, highlighted(capture(canvas)).count);
        assertEquals("the list selects nothing", 0, list.getSelectedIndices().length);
        long beforeShow = frames(canvas);
        new org.netbeans.jemmy.operators.JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Show all")).push();
        waitUntil("the 3D View redraws", () -> frames(canvas) > beforeShow);

        // the calf from behind: the left medial gastrocnemius lies on the viewer's left
        JTextFieldOperator search = new JTextFieldOperator(main, new NameComponentChooser("muscles.search"));
        search.clearText();
        search.typeText("gastrocnemius medial left");
        waitUntil("the list shows the gastrocnemius", () -> indexOf(list, "Gastrocnemius, medial head (left)") >= 0);
        long beforeBack = frames(canvas);
        list.selectItem(indexOf(list, "Gastrocnemius, medial head (left)"));
        new org.netbeans.jemmy.operators.JButtonOperator(main, new NameComponentChooser("viewer.toolbar.Posterior")).push();
        waitUntil("the 3D View turns", () -> frames(canvas) > beforeBack + 1);
        Highlight calf = highlighted(capture(canvas));
        save(capture(main.getSource()), "gastrocnemius-posterior-main-window.png");
        assertTrue("the calf is highlighted (" + calf.count + " pixels)", calf.count > 50);
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

    private static long frames(JComponent canvas) {
        Object frames = canvas.getClientProperty("myoplan.framesDrawn");
        return frames instanceof Long ? (Long) frames : 0;
    }

    /** The highlighted pixels: where they are and how many. */
    private record Highlight(int count, long sumX, long sumY, java.util.List<Point> points) {
        Point centre() {
            return new Point((int) (sumX / count), (int) (sumY / count));
        }

        Point nearestTo(Point p) {
            return points.stream().min(java.util.Comparator.comparingDouble(q -> q.distance(p))).orElseThrow();
        }
    }

    private static Highlight highlighted(BufferedImage image) {
        int count = 0;
        long sx = 0, sy = 0;
        java.util.List<Point> points = new java.util.ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r >= HIGHLIGHT_MIN_RED && g >= HIGHLIGHT_MIN_GREEN && b <= HIGHLIGHT_MAX_BLUE) {
                    count++;
                    sx += x;
                    sy += y;
                    points.add(new Point(x, y));
                }
            }
        }
        return new Highlight(count, sx, sy, points);
    }

    private static BufferedImage capture(Component component) throws Exception {
        Point origin = component.getLocationOnScreen();
        return new Robot().createScreenCapture(new Rectangle(origin, component.getSize()));
    }

    private static void save(BufferedImage image, String name) throws Exception {
        File dir = new File(System.getProperty("screenshot.dir", "target/screenshots"));
        dir.mkdirs();
        ImageIO.write(image, "png", new File(dir, name));
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Waiter waiter = new Waiter(new Waitable() {
            @Override
            public Object actionProduced(Object ignored) {
                return condition.getAsBoolean() ? Boolean.TRUE : null;
            }

            @Override
            public String getDescription() {
                return what;
            }
        });
        waiter.getTimeouts().setTimeout("Waiter.WaitingTime", TIMEOUT_MS);
        waiter.waitAction(null);
    }

    private static final class ShowingFrame implements ComponentChooser {
        @Override
        public boolean checkComponent(Component c) {
            return c instanceof Frame f && f.isShowing() && f.getTitle() != null && f.getTitle().startsWith("Myoplan");
        }

        @Override
        public String getDescription() {
            return "the Myoplan main window";
        }
    }
}
