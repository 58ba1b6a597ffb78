package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.framesDrawn;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitForCanvas;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import junit.framework.Test;
import org.netbeans.jemmy.operators.ComponentOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * Starts the whole application, as built into target/myoplan, and drives it through its real GUI.
 * Any WARNING logged during the run fails it.
 */
public class MyoplanApplicationTest extends GuiTestCase {

    public MyoplanApplicationTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(MyoplanApplicationTest.class);
    }

    public void testThe3DViewOpensFromTheWindowMenuAndDrawsTheScene() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();

        // The 3D View opens at start; close it so that the menu is what opens it again.
        JComponent canvas = waitForCanvas(main);
        new ComponentOperator(canvas).clickMouse(); // activates the window, which Close Window acts on
        new JMenuBarOperator(main).pushMenuNoBlock("Window|Close Window", "|");
        waitUntil("the 3D View closes", () -> !canvas.isShowing());
        long framesBefore = framesDrawn(canvas);

        new JMenuBarOperator(main).pushMenuNoBlock("Window|3D View", "|");
        JComponent reopened = waitForCanvas(main);
        waitUntil("the reopened view draws a frame", () -> framesDrawn(reopened) > framesBefore);

        BufferedImage view = capture(reopened);
        File file = saveScreenshot(view, "3d-view.png");
        saveScreenshot(capture(main.getSource()), "main-window.png");
        int background = view.getRGB(2, 2);
        double drawn = fractionDifferentFrom(view, background);
        assertTrue("the scene covers part of the 3D View, not " + drawn + " (see " + file + ")",
                drawn > 0.02 && drawn < 0.9);
        assertTrue("the scene is lit and shaded, not flat (see " + file + ")", distinctColours(view) > 30);
    }

    public void testTheToolbarTurnsTheBodyToTheSideView() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        JComponent canvas = waitForCanvas(main);
        double front = pushAndMeasure(main, "viewer.toolbar.Anterior", canvas);
        double side = pushAndMeasure(main, "viewer.toolbar.Left", canvas);
        saveScreenshot(capture(canvas), "3d-view-left.png");
        assertTrue("seen from the side the body covers less of the view (front " + front + ", side " + side + ")",
                side < front * 0.8 && side > 0.005);
    }

    /** Pushes a toolbar button, waits for the frame it causes and returns the fraction of the view the scene covers. */
    private static double pushAndMeasure(JFrameOperator main, String button, JComponent canvas) throws Exception {
        long before = framesDrawn(canvas);
        new JButtonOperator(main, new NameComponentChooser(button)).push();
        waitUntil("a frame after pushing " + button, () -> framesDrawn(canvas) > before);
        BufferedImage view = capture(canvas);
        return fractionDifferentFrom(view, view.getRGB(2, 2));
    }

    public void testThePatientRecordsAreCreatedInTheUserDirectoryOnFirstStart() throws Exception {
        File records = new File(System.getProperty("netbeans.user"), "patient-records/myoplan-history.mv.db");
        waitUntil("the records file " + records + " exists", records::isFile);
        assertTrue("the records hold Myoplan's schema (the file has more than a header)", records.length() > 4096);
    }

    public void testTheAboutBoxNamesMyoplanAndItsAdvice() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        new JMenuBarOperator(main).pushMenuNoBlock("Help|About", "|");
        JDialogOperator about = new JDialogOperator(new GuiTests.TitleStartsWith("About"));
        String text = allText(about.getContentPane()).replaceAll("\\s+", " "); // HTML wraps lines
        saveScreenshot(capture(about.getSource()), "about.png");
        about.close();
        assertTrue("the About box names the product: " + text, text.contains("Myoplan"));
        assertTrue("the About box says that dose checks are advice: " + text,
                text.contains("verify them against the current prescribing information"));
    }

    /** The text of every label and text pane inside a container, HTML included. */
    private static String allText(Container container) {
        StringBuilder text = new StringBuilder();
        for (Component child : container.getComponents()) {
            if (child instanceof JLabel label) {
                text.append(label.getText()).append('\n');
            } else if (child instanceof JTextComponent pane) {
                text.append(pane.getText()).append('\n');
            }
            if (child instanceof Container nested) {
                text.append(allText(nested));
            }
        }
        return text.toString();
    }

    private static double fractionDifferentFrom(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (colourDistance(image.getRGB(x, y), rgb) > 24) {
                    count++;
                }
            }
        }
        return (double) count / ((long) image.getWidth() * image.getHeight());
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    private static int colourDistance(int a, int b) {
        return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff))
                + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

}
