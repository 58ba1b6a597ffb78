package org.myoplan.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.myoplan.render.scene.Mannequin;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.Shapes;

/** Draws through the real core-profile path (needs a display: the test command provides Xvfb). */
class OffscreenRendererTest {

    @Test
    void theFigureIsDrawnLitAndCentred() throws IOException {
        Scene scene = Mannequin.scene();
        OrbitCamera camera = new OrbitCamera();
        Scene.Bounds b = scene.bounds();
        camera.frame(b.x(), b.y(), b.z(), b.radius());
        BufferedImage image = OffscreenRenderer.render(scene, camera, 320, 480);
        File out = new File("target/offscreen-mannequin.png");
        ImageIO.write(image, "png", out);

        assertEquals(320, image.getWidth());
        double covered = fractionNotBackground(image);
        assertTrue(covered > 0.03 && covered < 0.6, "the figure covers part of the image, not none or all: " + covered);
        int chest = image.getRGB(160, 170);
        assertTrue(!isBackground(chest), "the trunk is drawn at the centre of the image (see " + out + ")");
        assertTrue(distinctShades(image) > 20, "lighting shades the surfaces");
    }

    @Test
    void aSphereBehindTheCameraIsNotDrawn() {
        Scene scene = new Scene(List.of(Shapes.sphere("s", new float[] {0, 0, 10}, 0.5f, 16, Rgba.opaque(1, 0, 0))));
        OrbitCamera camera = new OrbitCamera();
        camera.frame(0, 0, 0, 1);
        BufferedImage image = OffscreenRenderer.render(scene, camera, 64, 64);
        assertEquals(0.0, fractionNotBackground(image), 1e-9);
    }

    static double fractionNotBackground(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (!isBackground(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return (double) count / (image.getWidth() * image.getHeight());
    }

    private static boolean isBackground(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return Math.abs(r - Math.round(SceneRenderer.BACKGROUND[0] * 255)) <= 2
                && Math.abs(g - Math.round(SceneRenderer.BACKGROUND[1] * 255)) <= 2
                && Math.abs(b - Math.round(SceneRenderer.BACKGROUND[2] * 255)) <= 2;
    }

    private static long distinctShades(BufferedImage image) {
        Set<Integer> shades = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                shades.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return shades.size();
    }
}
