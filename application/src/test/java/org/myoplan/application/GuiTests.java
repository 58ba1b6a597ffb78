package org.myoplan.application;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InvocationEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import junit.framework.Assert;
import junit.framework.AssertionFailedError;
import junit.framework.Test;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.QueueTool;
import org.netbeans.jemmy.TestOut;
import org.netbeans.jemmy.Waitable;
import org.netbeans.jemmy.Waiter;
import org.netbeans.jemmy.operators.ContainerOperator;
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

    /**
     * The whole application, every module but those that cannot install here; any WARNING logged fails.
     * Each test also calls {@link #watchForExceptions()} in setUp and {@link #assertNoExceptions()} in
     * tearDown, which catch what this misses.
     */
    static Test suite(Class<? extends junit.framework.TestCase> tests) {
        return NbModuleSuite.createConfiguration(tests)
                .gui(true)
                .clusters(".*")
                .enableModules(OTHER_SYSTEMS_EXCLUDED)
                .failOnMessage(Level.WARNING)
                .failOnException(Level.INFO)
                .suite();
    }

    /**
     * From now on every exception reported anywhere fails the running test in {@link #assertNoExceptions()}
     * (and ends a {@link #waitUntil} at once): a log record with an exception at whatever level reaches the
     * log, a stack trace printed to stderr (the platform logs it as plain INFO text), an exception uncaught
     * on any thread, and an exception or error thrown in a task run on the event thread. The last two
     * matter: Jemmy runs its clicks and choices as such tasks and drops an Error they throw (its QueueTool
     * looks only for Exceptions), and its event queue drops an Exception into Jemmy's output, which
     * {@link #quietJemmy()} silences; so the StackOverflowError of issue 11 reached neither the log nor the
     * test. Installed again by each test, since the platform may reset the root logger's handlers.
     */
    static void watchForExceptions() {
        ExceptionWatch.install();
    }

    /**
     * Fails with every exception reported since the last call (after the events already queued ran), and forgets them.
     */
    static void assertNoExceptions() throws Exception {
        EventQueue.invokeAndWait(() -> { });
        failOn(ExceptionWatch.drain(), "while the test ran");
    }

    private static void failOn(List<String> reports, String when) {
        if (!reports.isEmpty()) {
            throw new AssertionFailedError(reports.size() + " exception(s) reported " + when + ":\n"
                    + String.join("\n", reports));
        }
    }

    /**
     * The watch behind {@link #watchForExceptions()}: a handler on the root logger, the default uncaught
     * exception handler, and an event queue on top of the others.
     */
    private static final class ExceptionWatch extends Handler implements Thread.UncaughtExceptionHandler {

        /** A line of a stack trace, as {@code Throwable.printStackTrace} writes it. */
        private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$./]+\\(.*\\)");
        private static final int MAX_LINES = 40;
        private static final List<String> REPORTS = new ArrayList<>();
        private static final ExceptionWatch WATCH = new ExceptionWatch();
        private static Thread.UncaughtExceptionHandler before;

        static synchronized void install() {
            Logger root = Logger.getLogger("");
            if (!Arrays.asList(root.getHandlers()).contains(WATCH)) {
                WATCH.setLevel(Level.ALL);
                root.addHandler(WATCH);
            }
            if (Thread.getDefaultUncaughtExceptionHandler() != WATCH) {
                before = Thread.getDefaultUncaughtExceptionHandler();
                Thread.setDefaultUncaughtExceptionHandler(WATCH);
            }
            // On top of Jemmy's queue, which would drop an exception into Jemmy's output: the queue on top dispatches.
            QueueTool.installQueue();
            EventQueue top = Toolkit.getDefaultToolkit().getSystemEventQueue();
            if (!(top instanceof WatchingQueue)) {
                top.push(new WatchingQueue());
            }
        }

        static List<String> reported() {
            synchronized (REPORTS) {
                return List.copyOf(REPORTS);
            }
        }

        static List<String> drain() {
            synchronized (REPORTS) {
                List<String> reports = List.copyOf(REPORTS);
                REPORTS.clear();
                return reports;
            }
        }

        private static void report(String where, Throwable thrown, String text) {
            StringWriter trace = new StringWriter();
            if (thrown != null) {
                thrown.printStackTrace(new PrintWriter(trace));
            }
            synchronized (REPORTS) {
                REPORTS.add(where + (text == null ? "" : ": " + text) + "\n" + shortened(trace.toString()));
            }
        }

        /**
         * A StackOverflowError's trace is a thousand frames of one loop: its top and its bottom (what started it) say
         * enough.
         */
        private static String shortened(String trace) {
            List<String> lines = trace.lines().toList();
            if (lines.size() <= 2 * MAX_LINES) {
                return trace;
            }
            return String.join("\n", lines.subList(0, MAX_LINES)) + "\n\t... " + (lines.size() - 2 * MAX_LINES)
                    + " more ...\n" + String.join("\n", lines.subList(lines.size() - MAX_LINES, lines.size()));
        }

        @Override
        public void publish(LogRecord record) {
            String where = "[" + record.getLevel() + " " + record.getLoggerName() + ", thread "
                    + Thread.currentThread().getName() + "]";
            if (record.getThrown() != null) {
                report(where, record.getThrown(), record.getMessage());
            } else if (record.getMessage() != null && STACK_FRAME.matcher(record.getMessage()).find()) {
                report(where, null, record.getMessage());
            }
        }

        @Override
        public void uncaughtException(Thread thread, Throwable thrown) {
            report("[uncaught on thread " + thread.getName() + "]", thrown, null);
            Thread.UncaughtExceptionHandler next = before;
            if (next != null) {
                next.uncaughtException(thread, thrown);
            }
        }

        /** The event queue, dispatching as before, and telling what a task on it threw and its poster caught. */
        private static final class WatchingQueue extends EventQueue {
            @Override
            protected void dispatchEvent(AWTEvent event) {
                super.dispatchEvent(event);
                if (event instanceof InvocationEvent task && task.getThrowable() != null) {
                    report("[thrown in a task on the event thread]", task.getThrowable(), null);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    static void quietJemmy() {
        JemmyProperties.setCurrentOutput(TestOut.getNullOutput()); // failures still say what was awaited
        JemmyProperties.setCurrentTimeout("ComponentOperator.WaitComponentTimeout", TIMEOUT_MS);
        JemmyProperties.setCurrentTimeout("FrameWaiter.WaitFrameTimeout", TIMEOUT_MS);
        JemmyProperties.setCurrentTimeout("Waiter.WaitingTime", TIMEOUT_MS);
    }

    static JFrameOperator mainWindow() {
        answerFirstStart();
        JFrameOperator main = new JFrameOperator(new TitleStartsWith("Myoplan"));
        sizeForScreenshots(main);
        return main;
    }

    /**
     * With -Dgui.window=1366x768 the main window takes that size at its top left, so that the
     * screenshots the tests leave (and the README's, taken from them) show what a laptop shows.
     */
    private static void sizeForScreenshots(JFrameOperator main) {
        String size = System.getProperty("gui.window", "");
        Matcher m = Pattern.compile("(\\d{3,4})x(\\d{3,4})").matcher(size);
        if (m.matches() && !main.getSize().equals(new Dimension(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2))))) {
            Frame frame = (Frame) main.getSource();
            try {
                SwingUtilities.invokeAndWait(() -> {
                    frame.setExtendedState(Frame.NORMAL);
                    frame.setBounds(0, 0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    frame.validate();
                });
            } catch (Exception e) {
                throw new AssertionError("the main window could not take the size " + size, e);
            }
        }
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
                // What an exception stopped will not come: say why at once rather than after the timeout.
                failOn(ExceptionWatch.reported(), "while waiting until " + what);
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

    /**
     * The 3D View's selection outline: SceneStyle.SELECTED (255, 214, 26), drawn unlit along the inside
     * of a selected muscle's visible edge, so its pixels lie on the muscle (a click there picks it).
     * No lit muscle, bone, dose colour or hover tint comes near it.
     */
    private static final int[] OUTLINE = {255, 214, 26};
    private static final int OUTLINE_TOLERANCE = 12;

    /** The pixels of the selection outline: where they are and how many. */
    record Highlight(int count, long sumX, long sumY, List<Point> points) {
        Point centre() {
            return new Point((int) (sumX / count), (int) (sumY / count));
        }

        Point nearestTo(Point p) {
            return points.stream().min(Comparator.comparingDouble(q -> q.distance(p))).orElseThrow();
        }

        /** The part of the outline left of a column of the view (one of two outlined muscles). */
        Highlight leftOf(int x) {
            List<Point> left = points.stream().filter(p -> p.x < x).toList();
            return new Highlight(left.size(), left.stream().mapToLong(p -> p.x).sum(),
                    left.stream().mapToLong(p -> p.y).sum(), left);
        }

        /** The height of the outlined region, top to bottom. */
        int height() {
            return points.stream().mapToInt(p -> p.y).max().orElse(0) - points.stream().mapToInt(p -> p.y).min()
                    .orElse(0);
        }
    }

    static Highlight highlighted(BufferedImage image) {
        int count = 0;
        long sx = 0, sy = 0;
        List<Point> points = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (Math.abs(r - OUTLINE[0]) <= OUTLINE_TOLERANCE && Math.abs(g - OUTLINE[1]) <= OUTLINE_TOLERANCE
                        && Math.abs(b - OUTLINE[2]) <= OUTLINE_TOLERANCE) {
                    count++;
                    sx += x;
                    sy += y;
                    points.add(new Point(x, y));
                }
            }
        }
        return new Highlight(count, sx, sy, points);
    }

    /**
     * In the file chooser dialog titled {@code title}: checks that its button says {@code approve} (what
     * happens next, not "Open"), picks the file or folder and pushes the button; answers the dialog.
     */
    static JDialogOperator pickInChooser(String title, File file, String approve) throws Exception {
        JDialogOperator dialog = new JDialogOperator(new TitleStartsWith(title));
        JFileChooser chooser = (JFileChooser) new ContainerOperator<>(dialog).waitSubComponent(new ComponentChooser() {
            @Override
            public boolean checkComponent(Component c) {
                return c instanceof JFileChooser;
            }

            @Override
            public String getDescription() {
                return "the file chooser";
            }
        });
        Assert.assertEquals(approve, chooser.getApproveButtonText());
        EventQueue.invokeAndWait(() -> {
            chooser.setCurrentDirectory(file.getParentFile());
            chooser.setSelectedFile(file);
        });
        new JButtonOperator(dialog, approve).push();
        return dialog;
    }
}
