package org.myoplan.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.myoplan.render.scene.Layer;
import org.myoplan.render.scene.Marker;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneMesh;
import org.myoplan.render.scene.SceneStyle;
import org.myoplan.render.scene.Shapes;

/**
 * Injection points are drawn where the camera sees them, and only faintly where a muscle hides them:
 * a vertical "muscle" (a capsule 10 cm across) seen from the front, one point on its near surface
 * and one on its far surface (needs a display: the test command provides Xvfb).
 */
class MarkerVisibilityTest {

    private static final float RADIUS = 0.05f;
    /** A marker colour no lit muscle takes: pure blue. */
    private static final Color POINT = new Color(0, 0, 255);
    private static final SceneMesh MUSCLE = Shapes.capsule("muscle", new float[] {0, -0.3f, 0},
            new float[] {0, 0.3f, 0}, RADIUS, 32, 8, Rgba.opaque(0.78f, 0.30f, 0.28f));

    @Test
    void aPointOnTheNearSurfaceIsDrawnInFullAndOneOnTheFarSideOnlyFaintly() throws IOException {
        Marker near = Marker.of(0, 0.1, RADIUS, POINT, "1");
        Marker far = Marker.of(0, -0.1, -RADIUS, POINT, "2");
        OrbitCamera camera = frontCamera();
        try (OffscreenRenderer renderer = new OffscreenRenderer(new Scene(List.of(MUSCLE)))) {
            BufferedImage image = renderer.picture(camera, 300, 400, SceneStyle.PLAIN.withMarkers(List.of(near, far)));
            ImageIO.write(image, "png", new File("target/markers-near-and-far.png"));
            List<PlacedMarker> placed = renderer.placedMarkers();
            assertEquals(2, placed.size());
            assertTrue(placed.get(0).visible(), "the point on the near surface is seen");
            assertFalse(placed.get(1).visible(), "the point behind the muscle is not");

            int nearPixels = fullStrength(image, placed.get(0));
            int farPixels = fullStrength(image, placed.get(1));
            assertTrue(nearPixels > 150, "the near point is a filled disc (" + nearPixels
                    + " pixels at full strength)");
            assertEquals(0, farPixels, "the far point has no pixel at full strength");
            assertTrue(faint(image, placed.get(1)) > 10, "the far point shows as a faint ring");
            assertTrue(hasLabel(image, placed.get(0)), "the near point shows its number");
        }
    }

    @Test
    void aHiddenPointComesIntoViewWhenTheMuscleInFrontIsHiddenOrTheCameraTurns() {
        Marker far = Marker.of(0, 0, -RADIUS, POINT, "1");
        try (OffscreenRenderer renderer = new OffscreenRenderer(new Scene(List.of(MUSCLE)))) {
            SceneStyle style = SceneStyle.PLAIN.withMarkers(List.of(far));
            renderer.picture(frontCamera(), 200, 200, style);
            assertFalse(renderer.placedMarkers().get(0).visible(), "hidden from the front");
            renderer.picture(frontCamera(), 200, 200, style.withHidden(Set.of("muscle")));
            assertTrue(renderer.placedMarkers().get(0).visible(), "seen once the muscle is hidden");
            renderer.picture(frontCamera(), 200, 200, style.withLayerOpacity(Layer.SUPERFICIAL_MUSCLES, 0.3f));
            assertTrue(renderer.placedMarkers().get(0).visible(), "seen through a translucent layer");
            OrbitCamera back = frontCamera();
            back.setView(StandardView.POSTERIOR);
            BufferedImage image = renderer.picture(back, 200, 200, style);
            assertTrue(renderer.placedMarkers().get(0).visible(), "seen from behind");
            assertTrue(fullStrength(image, renderer.placedMarkers().get(0)) > 150);
        }
    }

    private static OrbitCamera frontCamera() {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(300, 400);
        camera.frame(0, 0, 0, 0.35f);
        return camera;
    }

    /** Pixels within the marker's disc that are the marker's colour at full strength. */
    private static int fullStrength(BufferedImage image, PlacedMarker m) {
        return count(image, m, 14, rgb -> blue(rgb) > 230 && red(rgb) < 30 && green(rgb) < 30);
    }

    /** Pixels near the marker tinted towards its blue but far from full strength. */
    private static int faint(BufferedImage image, PlacedMarker m) {
        return count(image, m, 14, rgb -> blue(rgb) > red(rgb) - 40 && blue(rgb) < 230 && blue(rgb) > 100);
    }

    private static boolean hasLabel(BufferedImage image, PlacedMarker m) {
        return count(image, m, 6, rgb -> red(rgb) > 220 && green(rgb) > 220 && blue(rgb) > 220) > 5;
    }

    private static int count(BufferedImage image, PlacedMarker m, int radius, IntPredicate wanted) {
        int count = 0;
        for (int y = Math.round(m.y()) - radius; y <= Math.round(m.y()) + radius; y++) {
            for (int x = Math.round(m.x()) - radius; x <= Math.round(m.x()) + radius; x++) {
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()
                        && wanted.test(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
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
