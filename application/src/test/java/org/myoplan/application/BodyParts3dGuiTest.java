package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.framesDrawn;
import static org.myoplan.application.GuiTests.highlighted;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.Point;
import java.io.File;
import javax.swing.JComponent;
import javax.swing.JLabel;
import junit.framework.Test;
import org.netbeans.jemmy.QueueTool;
import org.netbeans.jemmy.operators.ComponentOperator;
import org.netbeans.jemmy.operators.ContainerOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JPopupMenuOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * BodyParts3D through the application: Tools > Anatomy Atlas > Import BodyParts3D... with the unpacked
 * archive (the folder under the system property {@code myoplan.anatomy.dir}, which the build sets; the
 * meshes are never part of the project), then the left biceps found by search and by a click in the 3D
 * View, the attribution under the 3D View, and a screenshot. Skipped with a message without the folder.
 */
public class BodyParts3dGuiTest extends GuiTestCase {

    private static final String LEFT_BICEPS = "Biceps brachii (left)";
    private static final int UNITS = 2;

    public BodyParts3dGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(BodyParts3dGuiTest.class);
    }

    public void testImportedBodyParts3dShowsTheLeftBicepsFoundBySearchAndByAClick() throws Exception {
        File archive = archiveFolder();
        if (archive == null) {
            return;
        }
        JFrameOperator main = GuiTests.mainWindow();
        JComponent canvas = GuiTests.waitForCanvas(main);
        waitUntil("the 3D View draws", () -> framesDrawn(canvas) > 0);

        long beforeImport = framesDrawn(canvas);
        String report = AtlasImports.importThrough(main, "Import BodyParts3D...", archive, 10);
        assertTrue("the import ends well: " + report, report.startsWith("Anatomy Atlas Imported"));
        waitUntil("the 3D View draws BodyParts3D", () -> framesDrawn(canvas) > beforeImport);
        JLabel credit = (JLabel) new JLabelOperator(main, new NameComponentChooser("viewer.credit")).getSource();
        assertTrue("the 3D View credits BodyParts3D: " + credit.getText(), credit.isShowing() && credit.getText()
                .contains("BodyParts3D"));

        long beforeSelection = framesDrawn(canvas);
        PlanningGui.selectMuscle(main, "biceps", LEFT_BICEPS);
        waitUntil("the 3D View outlines the biceps", () -> framesDrawn(canvas) > beforeSelection);
        GuiTests.Highlight biceps = highlighted(capture(canvas));
        saveScreenshot(capture(main.getSource()), "bodyparts3d-left-biceps-selected.png");
        assertTrue("the left biceps is outlined (" + biceps.count() + " pixels)", biceps.count() > 100);
        Point centre = biceps.centre();
        assertTrue("on the body's left, the viewer's right from the front: " + centre,
                centre.x > canvas.getWidth() / 2);
        assertTrue("in the upper half, on the arm: " + centre, centre.y < canvas.getHeight() / 2);

        PlanningGui.selectMuscle(main, "soleus left", "Soleus (left)");
        Point onBiceps = biceps.nearestTo(centre);
        new ComponentOperator(canvas).clickMouse(onBiceps.x, onBiceps.y, 1);
        AtlasImports.waitForListSelection(main, LEFT_BICEPS);
        saveScreenshot(capture(main.getSource()), "bodyparts3d-left-biceps-clicked.png");

        showAPlanOnTheImportedAtlas(main, canvas);
    }

    /**
     * A plan for a flexed elbow and an equinovarus foot on the left, dosed: its targets take their dose
     * colours on BodyParts3D's muscles, seen from the front and from the back (the README's pictures).
     */
    private static void showAPlanOnTheImportedAtlas(JFrameOperator main, JComponent canvas) throws Exception {
        PlanningGui.createPatient(main, "BP3D-1", "Anna Meier");
        PlanningGui.selectPatient(main, "Anna Meier");
        new JMenuBarOperator(main).pushMenuNoBlock("File|New Session");
        ContainerOperator<?> plan = new ContainerOperator<>(PlanningGui.waitForEditor(main));
        JTableOperator targets = new JTableOperator(plan, new NameComponentChooser("session.targets"));
        new JButtonOperator(plan, new NameComponentChooser("session.addPattern")).push();
        new JPopupMenuOperator().pushMenu("Flexed elbow|left");
        waitUntil("the elbow's three muscles", () -> targets.getRowCount() == 3);
        new JButtonOperator(plan, new NameComponentChooser("session.addPattern")).push();
        new JPopupMenuOperator().pushMenu("Equinovarus foot|left");
        waitUntil("and the foot's", () -> targets.getRowCount() > 6);
        for (int row = 0; row < targets.getRowCount(); row++) {
            int target = row;
            targets.changeCellObject(row, UNITS, "40");
            waitUntil("the dose of row " + row + " is taken", () -> "40".equals(targets.getValueAt(target, UNITS)));
        }
        // a click beside the body clears the selection and makes the 3D View the active window, which
        // Window > Configure Window > Maximize then enlarges: the whole body, the plan's colours only
        ComponentOperator view = new ComponentOperator(canvas);
        view.clickMouse(5, 5, 1);
        AtlasImports.waitForNoListSelection(main);
        new JMenuBarOperator(main).pushMenuNoBlock("Window|Configure Window|Maximize", "|");
        waitUntil("the 3D View fills the window", () -> canvas.getHeight() > main.getHeight() / 2);
        showWholeBody(main, canvas, "Reset", "bodyparts3d-plan-anterior.png");
        showWholeBody(main, canvas, "Posterior", "bodyparts3d-plan-posterior.png");
    }

    private static void showWholeBody(JFrameOperator main, JComponent canvas, String view, String screenshot)
            throws Exception {
        long before = framesDrawn(canvas);
        new JButtonOperator(main, view).push();
        waitUntil("the 3D View draws the " + view + " view", () -> framesDrawn(canvas) > before);
        new QueueTool().waitEmpty(300);
        saveScreenshot(capture(main.getSource()), screenshot);
    }

    /** The unpacked BodyParts3D 4.0 archive, or null (with a message) where this machine does not have it. */
    private static File archiveFolder() {
        String dir = System.getProperty("myoplan.anatomy.dir", "");
        File folder = new File(dir, "bodyparts3d-4.0/isa_BP3D_4.0_obj_99");
        if (dir.isEmpty() || !folder.isDirectory()) {
            System.err.println("BodyParts3dGuiTest skipped: no BodyParts3D folder at " + folder
                    + " (set -Dmyoplan.anatomy.dir to the folder holding bodyparts3d-4.0)");
            return null;
        }
        return folder;
    }
}
