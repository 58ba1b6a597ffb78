package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.framesDrawn;
import static org.myoplan.application.GuiTests.highlighted;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.Point;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import junit.framework.Test;
import org.netbeans.jemmy.operators.ComponentOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;

/**
 * The atlas changes while Myoplan runs: a clinic's muscle meshes (an OBJ folder with its mapping.csv,
 * here one thick left biceps made by the test) are imported through Tools > Anatomy Atlas; the 3D View
 * draws the new biceps, still selected, and a click on it selects it in the Muscles list; Use Built-in
 * Atlas brings the built-in biceps back.
 */
public class AtlasImportGuiTest extends GuiTestCase {

    private static final String LEFT_BICEPS = "Biceps brachii (left)";

    public AtlasImportGuiTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(AtlasImportGuiTest.class);
    }

    public void testImportedMusclesMeshesReplaceTheBicepsIn3DAndUseBuiltInBringsItBack() throws Exception {
        JFrameOperator main = GuiTests.mainWindow();
        JComponent canvas = GuiTests.waitForCanvas(main);
        waitUntil("the 3D View draws", () -> framesDrawn(canvas) > 0);
        long beforeSelection = framesDrawn(canvas);
        PlanningGui.selectMuscle(main, "biceps", LEFT_BICEPS);
        waitUntil("the 3D View outlines the biceps", () -> framesDrawn(canvas) > beforeSelection);
        GuiTests.Highlight builtInBiceps = highlighted(capture(canvas));
        assertTrue("the built-in left biceps is outlined: " + builtInBiceps.count(), builtInBiceps.count() > 100);
        int builtIn = width(builtInBiceps);

        long beforeImport = framesDrawn(canvas);
        String report = AtlasImports.importThrough(main, "Import Muscle Meshes (OBJ folder)...", thickBicepsFolder(),
                2);
        assertTrue("the import names the muscle it replaced: " + report,
                report.startsWith("Anatomy Atlas Imported") && report.contains(LEFT_BICEPS));
        waitUntil("the 3D View draws the imported atlas", () -> framesDrawn(canvas) > beforeImport);
        Thread.sleep(300); // the frame after the upload
        GuiTests.Highlight thick = highlighted(capture(canvas));
        saveScreenshot(capture(main.getSource()), "atlas-imported-thick-biceps.png");
        assertTrue("the imported biceps, still selected, is wider than the built-in one: " + width(thick) + " pixels, "
                + builtIn + " before", width(thick) > builtIn * 1.2);
        assertEquals("the selection stays", List.of(LEFT_BICEPS), AtlasImports.selectedInList(main));

        PlanningGui.selectMuscle(main, "soleus left", "Soleus (left)");
        Point onBiceps = thick.nearestTo(thick.centre());
        new ComponentOperator(canvas).clickMouse(onBiceps.x, onBiceps.y, 1);
        AtlasImports.waitForListSelection(main, LEFT_BICEPS);

        long beforeBuiltIn = framesDrawn(canvas);
        new JMenuBarOperator(main).pushMenu(AtlasImports.MENU + "Use Built-in Atlas", "|");
        waitUntil("the 3D View draws the built-in atlas again", () -> framesDrawn(canvas) > beforeBuiltIn
                && outlineWidth(canvas) < width(thick) * 0.9);
    }

    /** How wide the outlined muscle is drawn on the screen now, in pixels. */
    private static int outlineWidth(JComponent canvas) {
        try {
            return width(highlighted(capture(canvas)));
        } catch (Exception e) {
            throw new IllegalStateException("the 3D View could not be captured", e);
        }
    }

    /** How wide the outlined muscle is drawn, in pixels. */
    private static int width(GuiTests.Highlight outline) {
        return outline.points().stream().mapToInt(p -> p.x).max().orElse(0) - outline.points().stream().mapToInt(p
                -> p.x).min().orElse(0);
    }

    /**
     * A folder as a clinic would give it: mapping.csv and one OBJ file, a closed cylinder 4.5 cm thick where
     * the built-in left biceps lies (metres; X the body's left, Y up, Z to the front).
     */
    private File thickBicepsFolder() throws IOException {
        Path folder = new File(getWorkDir(), "clinic-meshes").toPath();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("mapping.csv"),
                "mesh_name,muscle_id,side\nthick_biceps.obj,biceps_brachii,left\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("thick_biceps.obj"), cylinder(0.19, 0.05, 1.09, 1.42, 0.045),
                StandardCharsets.UTF_8);
        return folder.toFile();
    }

    /** A closed vertical cylinder as OBJ text, faces counter-clockwise seen from outside. */
    static String cylinder(double x, double z, double bottom, double top, double radius) {
        int around = 32;
        StringBuilder obj = new StringBuilder("# a test's stand-in for a clinic's mesh\n");
        for (double y : new double[] {bottom, top}) {
            for (int a = 0; a < around; a++) {
                double angle = 2 * Math.PI * a / around;
                obj.append(String.format(Locale.ROOT, "v %.5f %.5f %.5f%n", x + radius * Math.sin(angle), y, z
                        + radius * Math.cos(angle)));
            }
        }
        obj.append(String.format(Locale.ROOT, "v %.5f %.5f %.5f%nv %.5f %.5f %.5f%n", x, bottom, z, x, top, z));
        int low = 2 * around + 1, high = 2 * around + 2;
        for (int a = 0; a < around; a++) {
            int p = a + 1, q = (a + 1) % around + 1;
            obj.append(String.format("f %d %d %d%nf %d %d %d%n", p, q, q + around, p, q + around, p + around));
            obj.append(String.format("f %d %d %d%nf %d %d %d%n", low, q, p, high, p + around, q + around));
        }
        return obj.toString();
    }
}
