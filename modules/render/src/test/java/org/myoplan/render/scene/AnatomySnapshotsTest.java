package org.myoplan.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.RayPicker;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;
import org.myoplan.render.AnatomySnapshots;

/** Offscreen pictures for documents: emphasis and markers where the muscles are. */
class AnatomySnapshotsTest {

    @Test
    void aTargetIsEmphasisedAndItsInjectionPointMarkedAndNumbered() throws IOException {
        Atlas atlas = Atlas.loadDefault();
        Muscle gastrocnemius = atlas.find("gastrocnemius_medial", Side.LEFT).orElseThrow();
        Vec3 centre = gastrocnemius.centre();
        // the point of its back surface straight behind its centre, as a click from behind places it
        Vec3 site = new RayPicker(atlas).surfacePoint(gastrocnemius, new Vec3(centre.x(), centre.y(), centre.z() - 2),
                new Vec3(0, 0, 1)).orElseThrow();
        AnatomySnapshots snapshots = new AnatomySnapshots(AtlasScene.of(atlas));
        List<Marker> markers = List.of(Marker.of(site.x(), site.y(), site.z(), new Color(20, 200, 60), "1"));
        Map<String, Color> emphasis = Map.of(gastrocnemius.key(), new Color(40, 90, 230));
        AnatomySnapshots.Shot back = snapshots.shoot(AnatomySnapshots.View.POSTERIOR, emphasis, markers,
                snapshots.boundsOf(List.of(gastrocnemius.key())).grownBy(0.05f), 14, 400, 600);
        ImageIO.write(back.image(), "png", new File("target/snapshot-posterior-gastrocnemius.png"));
        assertEquals(400, back.image().getWidth());

        int[] blue = centroid(back.image(), rgb -> blue(rgb) > 150 && red(rgb) < 110);
        int[] green = centroid(back.image(), rgb -> green(rgb) > 150 && red(rgb) < 100 && blue(rgb) < 120);
        assertTrue(blue[2] > 2000, "the target fills a good part of the close-up: " + blue[2]);
        assertTrue(Math.abs(blue[0] - 200) < 60 && Math.abs(blue[1] - 300) < 90, "the target is in the middle: "
                + blue[0] + ", " + blue[1]);
        assertEquals(1, back.visibleMarkers(), "the point on the back surface is seen from behind");
        assertTrue(green[2] > 200, "the injection point is a disc large enough to see: " + green[2]);
        assertTrue(Math.abs(green[0] - back.markers().get(0).x()) < 3
                && Math.abs(green[1] - back.markers().get(0).y()) < 3, "the disc is where the point is");

        AnatomySnapshots.Shot front = snapshots.shoot(AnatomySnapshots.View.ANTERIOR, emphasis, markers,
                snapshots.boundsOf(List.of(gastrocnemius.key())).grownBy(0.05f), 14, 400, 600);
        ImageIO.write(front.image(), "png", new File("target/snapshot-anterior-gastrocnemius.png"));
        assertEquals(0, front.visibleMarkers(), "from the front the calf's point lies behind the leg");
        assertEquals(0, centroid(front.image(), rgb -> green(rgb) > 150 && red(rgb) < 100 && blue(rgb) < 120)[2],
                "and is not drawn as if it were on the front");
    }

    @Test
    void theWholeBodyFitsThePicture() {
        Atlas atlas = Atlas.loadDefault();
        AnatomySnapshots snapshots = new AnatomySnapshots(AtlasScene.of(atlas));
        BufferedImage body = snapshots.render(AnatomySnapshots.View.ANTERIOR, Map.of(), List.of(), 300, 450);
        int background = body.getRGB(0, 0);
        for (int x = 0; x < body.getWidth(); x++) {
            assertEquals(background, body.getRGB(x, 2), "nothing touches the top edge");
            assertEquals(background, body.getRGB(x, body.getHeight() - 3), "nothing touches the bottom edge");
        }
    }

    private static int[] centroid(BufferedImage image, IntPredicate wanted) {
        long sx = 0, sy = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (wanted.test(image.getRGB(x, y))) {
                    sx += x;
                    sy += y;
                    count++;
                }
            }
        }
        return count == 0 ? new int[] {-1, -1, 0} : new int[] {(int) (sx / count), (int) (sy / count), count};
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
