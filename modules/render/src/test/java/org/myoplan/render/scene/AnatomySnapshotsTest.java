package org.myoplan.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.Side;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.render.AnatomySnapshots;

/** Offscreen pictures for documents: emphasis and markers where the muscles are. */
class AnatomySnapshotsTest {

    @Test
    void aTargetIsEmphasisedAndItsInjectionPointMarked() throws IOException {
        Atlas atlas = Atlas.loadDefault();
        Muscle gastrocnemius = atlas.find("gastrocnemius_medial", Side.LEFT).orElseThrow();
        Vec3 site = gastrocnemius.centre();
        AnatomySnapshots snapshots = new AnatomySnapshots(AtlasScene.of(atlas));
        BufferedImage back = snapshots.render(AnatomySnapshots.View.POSTERIOR, Map.of(gastrocnemius.key(), new Color(40, 90, 230)),
                List.of(Marker.of(site.x(), site.y(), site.z() - 0.03, new Color(20, 200, 60))), 400, 600);
        ImageIO.write(back, "png", new File("target/snapshot-posterior-gastrocnemius.png"));
        assertEquals(400, back.getWidth());

        int[] blue = centroid(back, rgb -> blue(rgb) > 150 && red(rgb) < 110);
        int[] green = centroid(back, rgb -> green(rgb) > 150 && red(rgb) < 100 && blue(rgb) < 120);
        assertTrue(blue[2] > 50, "the emphasised muscle shows (" + blue[2] + " pixels)");
        // the picture is framed on the emphasised muscle
        assertTrue(Math.abs(blue[0] - back.getWidth() / 2) < back.getWidth() * 0.15, "the target is in the middle: " + blue[0]);
        assertTrue(Math.abs(blue[1] - back.getHeight() / 2) < back.getHeight() * 0.15, "the target is in the middle: " + blue[1]);
        assertTrue(blue[2] > 2000, "the target fills a good part of the picture: " + blue[2]);
        assertTrue(green[2] > 5, "the injection point is drawn");
        assertTrue(Math.abs(green[0] - blue[0]) < 30 && Math.abs(green[1] - blue[1]) < 60, "the marker is on the muscle");
    }

    private static int[] centroid(BufferedImage image, java.util.function.IntPredicate wanted) {
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
