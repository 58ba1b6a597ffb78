package org.myoplan.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneMesh;
import org.myoplan.render.scene.SceneStyle;
import org.myoplan.render.scene.Shapes;

/** A selected muscle keeps its (dose) colour and is outlined; the hovered one is lighter. */
class SelectionOutlineTest {

    private static final Rgba DOSE_GREEN = Rgba.opaque(60 / 255f, 160 / 255f, 80 / 255f);
    private static final SceneMesh LEFT = Shapes.capsule("left", new float[] {0.1f, -0.3f, 0},
            new float[] {0.1f, 0.3f, 0}, 0.05f, 32, 8, Rgba.opaque(0.78f, 0.30f, 0.28f));
    private static final SceneMesh RIGHT = Shapes.capsule("right", new float[] {-0.1f, -0.3f, 0},
            new float[] {-0.1f, 0.3f, 0}, 0.05f, 32, 8, Rgba.opaque(0.78f, 0.30f, 0.28f));

    @Test
    void theSelectedMuscleKeepsItsDoseColourInsideAYellowOutline() throws IOException {
        SceneStyle style = SceneStyle.PLAIN.withEmphasis(Map.of("left", DOSE_GREEN)).withSelected(Set.of("left"));
        BufferedImage image = render(style);
        ImageIO.write(image, "png", new File("target/selection-outline.png"));
        int[] centre = project(0.1f, 0, 0.05f);
        int inside = image.getRGB(centre[0], centre[1]);
        assertTrue(green(inside) > red(inside) + 40, "the middle of the selected muscle is still its dose green: "
                + hex(inside));
        int yellow = count(image, rgb -> red(rgb) >= 200 && green(rgb) >= 150 && blue(rgb) <= 90);
        assertTrue(yellow > 300, "an outline in the selection yellow: " + yellow + " pixels");
        int[] edge = project(0.1f + 0.049f, 0, 0);
        assertTrue(isYellow(image, edge[0] - 1, edge[1]) || isYellow(image, edge[0] - 2, edge[1]),
                "the outline runs along the muscle's edge");
        assertEquals(0, count(render(SceneStyle.PLAIN.withEmphasis(Map.of("left", DOSE_GREEN))),
                rgb -> red(rgb) >= 200 && green(rgb) >= 150 && blue(rgb) <= 90), "no outline without a selection");
    }

    @Test
    void theHoveredMuscleIsDrawnLighter() {
        int[] right = project(-0.1f, 0, 0.05f);
        int plain = render(SceneStyle.PLAIN).getRGB(right[0], right[1]);
        int hovered = render(SceneStyle.PLAIN.withHovered("right")).getRGB(right[0], right[1]);
        assertTrue(green(hovered) > green(plain) + 20 && blue(hovered) > blue(plain) + 20,
                "lighter: " + hex(plain) + " -> " + hex(hovered));
    }

    private static BufferedImage render(SceneStyle style) {
        return OffscreenRenderer.render(new Scene(List.of(LEFT, RIGHT)), camera(), 300, 400, style);
    }

    private static OrbitCamera camera() {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(300, 400);
        camera.frame(0, 0, 0, 0.35f);
        return camera;
    }

    private static int[] project(float x, float y, float z) {
        float[] p = camera().project(x, y, z, 300, 400);
        return new int[] {Math.round(p[0]), Math.round(p[1])};
    }

    private static boolean isYellow(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return red(rgb) >= 200 && green(rgb) >= 150 && blue(rgb) <= 90;
    }

    private static int count(BufferedImage image, IntPredicate wanted) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += wanted.test(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    private static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }
}
