package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.framesDrawn;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JComponent;
import javax.swing.JTable;
import junit.framework.Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JEditorPaneOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextAreaOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * Where to inject, as a physician meets it: the left biceps added to a plan and selected, the Injection
 * Guidance window beside the 3D View with the caveat, every suggested site with its source and status
 * (each row read in every column, each one's details shown), the sites drawn on the model as lettered
 * diamonds; Use Suggested Sites adds the chosen ones in one step (the table's points and sites follow,
 * the plan's numbered discs appear, the guidance describes each point in words), Ctrl+Z takes them back;
 * the patient's measured arm length scales the words' centimetres (not their percentages), and the exported
 * treatment plan lists every point in the same words, measured on the patient.
 */
public class GuidanceGuiTest extends GuiTestCase {

    private static final int SITES = 3, POINTS = 6;
    /** The colour of a suggested site's diamond (GuidanceTopComponent.SUGGESTED). */
    private static final int SUGGESTED_RGB = 0x0078d7;
    /** The colour of the plan's own site discs (PlanColours.SITE). */
    private static final int PLAN_SITE_RGB = 0x141414;

    public GuidanceGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(GuidanceGuiTest.class);
    }

    public void testTheSuggestedSitesOfTheLeftBicepsBecomeItsInjectionPoints() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        JComponent canvas = GuiTests.waitForCanvas(main);
        waitUntil("the 3D View draws", () -> framesDrawn(canvas) > 0);
        PlanningGui.createPatient(main, "SITES-1", "Ada Meier");
        JListOperator patients = PlanningGui.patientList(main);
        waitUntil("the patient is listed", () -> patients.getModel().getSize() == 1);
        patients.clickOnItem(0, 1);
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");
        JTableOperator targets = new JTableOperator(main, new NameComponentChooser("session.targets"));
        PlanningGui.addBySearch(main, "biceps left", "Biceps brachii (left)");
        waitUntil("the biceps is a target", () -> targets.getRowCount() == 1);
        targets.selectCell(0, 0);
        new JMenuBarOperator(main).pushMenuNoBlock("Window|Injection Guidance");
        new JTableOperator(main, new NameComponentChooser("guidance.sites")); // the window is open
        targets.clickOnCell(0, 0); // back in the plan: the guidance follows its selected target

        JTableOperator sites = new JTableOperator(main, new NameComponentChooser("guidance.sites"));
        JLabelOperator title = new JLabelOperator(main, new NameComponentChooser("guidance.target"));
        waitUntil("the guidance lists the biceps' suggested sites", () -> sites.getRowCount() > 0
                && title.getText().startsWith("Biceps brachii (left)"));
        String caveat = new JTextAreaOperator(main, new NameComponentChooser("guidance.caveat")).getText();
        assertTrue(caveat, caveat.contains("ultrasound") && caveat.contains("electrical stimulation"));
        int placed = checkEverySite(main, sites);
        assertTrue("the biceps' sites are placed on the built-in atlas: " + placed, placed >= 2);
        long before = framesDrawn(canvas);
        new JButtonOperator(main, new NameComponentChooser("session.frame")).push(); // Show Targets: the biceps
        waitUntil("the 3D View shows the biceps", () -> framesDrawn(canvas) > before);
        waitUntil("the suggested sites are drawn as diamonds", () -> pixels(canvas, SUGGESTED_RGB) > 20);
        JEditorPaneOperator points = new JEditorPaneOperator(main, new NameComponentChooser("guidance.points"));
        assertTrue(points.getText(), points.getText().contains("no injection point"));
        saveScreenshot(capture(main.getSource()), "guidance-biceps-suggested.png");

        // two chosen sites become the target's points in one step; the number of sites follows
        sites.clearSelection();
        sites.selectCell(0, 1);
        sites.addRowSelectionInterval(1, 1);
        new JButtonOperator(main, new NameComponentChooser("guidance.use")).push();
        waitUntil("two injection points", () -> Integer.valueOf(2).equals(targets.getValueAt(0, POINTS)));
        assertEquals("the sites follow the points", 2, targets.getValueAt(0, SITES));
        waitUntil("the guidance describes both points in words", () -> described(points.getText()).size() == 2);
        for (String words : described(points.getText())) {
            assertTrue(words, words.matches("\\d+% of the way from the .+ to the .+, .+"));
        }
        String inTheEditor = plain(pointsTooltip(targets, 0));
        for (String words : described(points.getText())) {
            assertTrue("the editor's points cell says \"" + words + "\": " + inTheEditor, inTheEditor.contains(words));
        }
        saveScreenshot(capture(main.getSource()), "guidance-biceps-used.png");

        // one undo takes both back, as one step
        targets.selectCell(0, 0);
        targets.pushKey(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK);
        waitUntil("undo takes both points back", () -> Integer.valueOf(0).equals(targets.getValueAt(0, POINTS)));

        // none selected: every placed injection site (never a nerve-block target)
        sites.clearSelection();
        new JButtonOperator(main, new NameComponentChooser("guidance.use")).push();
        waitUntil("every placed site is a point", () -> Integer.valueOf(placed).equals(targets.getValueAt(0, POINTS)));
        assertEquals(placed, targets.getValueAt(0, SITES));
        waitUntil("the plan's sites are drawn as numbered discs", () -> pixels(canvas, PLAN_SITE_RGB) > 50);
        new JButtonOperator(main, new NameComponentChooser("guidance.use")).push();
        waitUntil("using them again says they are there", () -> title.getText().contains("already"));

        // the patient's arm, measured: the points' centimetres follow it, their percentages do not change
        waitUntil("the guidance describes every point", () -> described(points.getText()).size() == placed);
        List<String> onAtlas = described(points.getText());
        JTextFieldOperator arm = new JTextFieldOperator(main, new NameComponentChooser("session.armCm"));
        arm.clearText();
        arm.typeText("60");
        arm.pushKey(KeyEvent.VK_ENTER);
        waitUntil("the points' words follow the measured arm", () -> described(points.getText()).size() == placed
                && !described(points.getText()).equals(onAtlas));
        List<String> onPatient = described(points.getText());
        for (int i = 0; i < placed; i++) {
            assertEquals("the same percentage of the arm", percent(onAtlas.get(i)), percent(onPatient.get(i)));
        }

        // the exported plan lists the same points in the same words, measured on the patient
        String pdf = exportedPlanText(main);
        for (String words : onPatient) {
            assertTrue("the PDF has \"" + words + "\"", pdf.contains(words + " (cm measured on the patient)"));
        }
    }

    /** Export PDFs... into a fresh folder; the plan PDF's text with its line breaks joined. */
    private String exportedPlanText(JFrameOperator main) throws Exception {
        File folder = new File(getWorkDir(), "exported");
        assertTrue(folder.mkdirs() || folder.isDirectory());
        new JButtonOperator(main, new NameComponentChooser("session.export")).pushNoBlock();
        GuiTests.pickInChooser("Folder for the PDFs", folder, "Export");
        JDialogOperator written = new JDialogOperator(new GuiTests.TitleStartsWith("Documents Written"));
        new JButtonOperator(written, new NameComponentChooser("exported.close")).push();
        written.waitClosed();
        File[] plans = folder.listFiles((dir, name) -> name.startsWith("plan-SITES-1-") && name.endsWith(".pdf"));
        assertTrue("the plan PDF is written", plans != null && plans.length == 1);
        try (PDDocument document = Loader.loadPDF(plans[0])) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /**
     * Reads every row in every column and shows each one's details: the source and the site's measure in
     * words; an unconfirmed row says so. Returns how many are placed as injection sites (not nerve blocks).
     */
    private static int checkEverySite(JFrameOperator main, JTableOperator sites) throws Exception {
        JEditorPaneOperator details = new JEditorPaneOperator(main, new NameComponentChooser("guidance.details"));
        int placed = 0;
        for (int row = 0; row < sites.getRowCount(); row++) {
            String letter = String.valueOf(sites.getValueAt(row, 0));
            String site = String.valueOf(sites.getValueAt(row, 1));
            String status = String.valueOf(sites.getValueAt(row, 2));
            String shown = String.valueOf(sites.getValueAt(row, 3));
            assertEquals(String.valueOf((char) ('A' + row)), letter);
            assertTrue(status, List.of("published", "secondary", "unconfirmed").contains(status));
            sites.selectCell(row, 1);
            String expected = letter + ". " + site;
            waitUntil("the details of " + expected, () -> plain(details.getText()).contains(expected));
            String text = plain(details.getText());
            assertTrue(text, text.contains("Source") && text.contains("Where"));
            assertEquals(text, "unconfirmed".equals(status), text.contains("Unconfirmed:"));
            assertTrue(shown, shown.matches("(point|zone)(, block)?|text only"));
            placed += !shown.equals("text only") && !shown.contains("block") ? 1 : 0;
        }
        return placed;
    }

    /** The tooltip of a row's points cell, where the mouse would rest on it. */
    private static String pointsTooltip(JTableOperator targets, int row) throws Exception {
        JTable table = (JTable) targets.getSource();
        String[] tip = new String[1];
        EventQueue.invokeAndWait(() -> {
            Rectangle cell = table.getCellRect(row, POINTS, false);
            tip[0] = table.getToolTipText(new MouseEvent(table, MouseEvent.MOUSE_MOVED, 0, 0,
                    (int) cell.getCenterX(), (int) cell.getCenterY(), 0, false));
        });
        return String.valueOf(tip[0]);
    }

    private static String percent(String words) {
        return words.substring(0, words.indexOf('%'));
    }

    private static List<String> described(String html) {
        List<String> items = new ArrayList<>();
        Matcher item = Pattern.compile("(?s)<li>(.*?)</li>").matcher(html);
        while (item.find()) {
            items.add(plain(item.group(1)));
        }
        return items;
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&#8211;", "-").replaceAll("\\s+", " ").strip();
    }

    private static int pixels(JComponent canvas, int rgb) {
        try {
            BufferedImage view = capture(canvas);
            int count = 0;
            for (int y = 0; y < view.getHeight(); y++) {
                for (int x = 0; x < view.getWidth(); x++) {
                    count += (view.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
                }
            }
            return count;
        } catch (Exception e) {
            return 0;
        }
    }
}
