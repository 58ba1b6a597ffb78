package org.myoplan.application;

import java.awt.Component;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import junit.framework.Test;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.TestOut;
import org.netbeans.jemmy.Waitable;
import org.netbeans.jemmy.Waiter;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.netbeans.junit.NbModuleSuite;

/** What the GUI tests share: starting the application, waiting, and looking at the screen. */
final class GuiTests {

    static final long TIMEOUT_MS = 60_000;
    static final String CANVAS = "viewer.canvas";
    private static final String FRAMES = "myoplan.framesDrawn";
    /** Who the GUI tests say they are at the first start (documents-ui FirstStartQuestion). */
    static final String CLINICIAN = "Dr Ada Lehmann", CLINIC = "Test Clinic Nord";
    private static boolean firstStartAnswered;

    /** Modules for Windows, macOS and JavaFX (and the two that need JavaFX) cannot install here. */
    static final String OTHER_SYSTEMS_EXCLUDED =
            "(?!org\\.netbeans\\.modules\\.(masterfs\\.windows|masterfs\\.macosx|applemenu|htmlui|templatesui)"
            + "|org\\.netbeans\\.libs\\.javafx|net\\.java\\.html\\.boot\\.fx).*";

    private GuiTests() {
    }

    /** The whole application, every module but those that cannot install here; any WARNING logged fails. */
    static Test suite(Class<? extends junit.framework.TestCase> tests) {
        return NbModuleSuite.createConfiguration(tests)
                .gui(true)
                .clusters(".*")
                .enableModules(OTHER_SYSTEMS_EXCLUDED)
                .failOnMessage(Level.WARNING)
                .failOnException(Level.INFO)
                .suite();
    }

    static void quietJemmy() {
        JemmyProperties.setCurrentOutput(TestOut.getNullOutput()); // failures still say what was awaited
        JemmyProperties.setCurrentTimeout("ComponentOperator.WaitComponentTimeout", TIMEOUT_MS);
        JemmyProperties.setCurrentTimeout("FrameWaiter.WaitFrameTimeout", TIMEOUT_MS);
        JemmyProperties.setCurrentTimeout("Waiter.WaitingTime", TIMEOUT_MS);
    }

    static JFrameOperator mainWindow() {
        answerFirstStart();
        return new JFrameOperator(new TitleStartsWith("Myoplan"));
    }

    /**
     * Answers the first start's question (the clinician's and the clinic's names), once per application
     * started: every test class gets a new user directory, so the question comes in each. Call it first
     * in setUp: while it is up, the modal question blocks the main window.
     */
    static synchronized void answerFirstStart() {
        if (firstStartAnswered) {
            return;
        }
        JDialogOperator welcome = new JDialogOperator(new TitleStartsWith("Welcome to Myoplan"));
        new JTextFieldOperator(welcome, new NameComponentChooser("firstStart.clinician")).typeText(CLINICIAN);
        JTextFieldOperator clinic = new JTextFieldOperator(welcome, new NameComponentChooser("firstStart.clinic"));
        clinic.clearText();
        clinic.typeText(CLINIC);
        new JButtonOperator(welcome, "OK").push();
        welcome.waitClosed();
        firstStartAnswered = true;
    }

    static JComponent waitForCanvas(JFrameOperator main) {
        return (JComponent) main.waitSubComponent(new NameComponentChooser(CANVAS));
    }

    /** Frames the 3D View has drawn, as it publishes them on its drawing surface. */
    static long framesDrawn(JComponent canvas) {
        Object frames = canvas.getClientProperty(FRAMES);
        return frames instanceof Long ? (Long) frames : 0;
    }

    /** What the user sees on the screen, from the screen itself. */
    static BufferedImage capture(Component component) throws Exception {
        Point origin = component.getLocationOnScreen();
        return new Robot().createScreenCapture(new Rectangle(origin, component.getSize()));
    }

    static File saveScreenshot(BufferedImage image, String name) throws IOException {
        File dir = new File(System.getProperty("screenshot.dir", "target/screenshots"));
        dir.mkdirs();
        File file = new File(dir, name);
        ImageIO.write(image, "png", file);
        return file;
    }

    static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
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

    /** A window by the start of its title: the main window (not the splash screen) or a dialog. */
    static final class TitleStartsWith implements ComponentChooser {

        private final String prefix;

        TitleStartsWith(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public boolean checkComponent(Component component) {
            String title = component instanceof Frame frame ? frame.getTitle()
                    : component instanceof Dialog dialog ? dialog.getTitle() : null;
            return component.isShowing() && title != null && title.startsWith(prefix);
        }

        @Override
        public String getDescription() {
            return "a window titled " + prefix + "...";
        }
    }

    /** The 3D View's highlight colour for selected muscles (SceneStyle.SELECTED, lit). */
    private static final int HIGHLIGHT_MIN_RED = 200, HIGHLIGHT_MIN_GREEN = 150, HIGHLIGHT_MAX_BLUE = 90;

    /** The highlighted pixels: where they are and how many. */
    record Highlight(int count, long sumX, long sumY, java.util.List<Point> points) {
        Point centre() {
            return new Point((int) (sumX / count), (int) (sumY / count));
        }

        Point nearestTo(Point p) {
            return points.stream().min(java.util.Comparator.comparingDouble(q -> q.distance(p))).orElseThrow();
        }
    }

    static Highlight highlighted(BufferedImage image) {
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
}
