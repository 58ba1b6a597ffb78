package org.myoplan.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.render.scene.Marker;

/**
 * Each kind of point looks different, so that a suggestion is never taken for one of the plan's own
 * sites: a site is a filled disc, a suggested site a hollow diamond, a zone's point a small dot, a
 * landmark a cross; a hidden zone point is not drawn at all. Java2D only, no OpenGL.
 */
class MarkerShapesTest {

    private static final int SIZE = 60;
    private static final float RADIUS = 10;
    private static final Color BLUE = new Color(0, 0, 255);

    @Test
    void aSiteIsAFilledDiscAndASuggestionAHollowDiamond() {
        BufferedImage site = paint(Marker.Shape.SITE, true);
        BufferedImage suggested = paint(Marker.Shape.SUGGESTED, true);
        assertEquals(BLUE.getRGB(), site.getRGB(SIZE / 2 - 4, SIZE / 2 - 4), "a site's disc is filled");
        assertNotEquals(BLUE.getRGB(), suggested.getRGB(SIZE / 2 - 3, SIZE / 2 - 3), "a suggestion is hollow");
        assertTrue(blue(suggested) > 0, "a suggestion's outline is drawn in its colour");
    }

    @Test
    void aZoneIsASmallDotAndNotDrawnWhereHidden() {
        int zone = painted(paint(Marker.Shape.ZONE, true));
        int site = painted(paint(Marker.Shape.SITE, true));
        assertTrue(zone > 0 && zone < site / 2, "a zone's dot is much smaller than a site: " + zone + " vs " + site);
        assertEquals(0, painted(paint(Marker.Shape.ZONE, false)), "a hidden zone point leaves the picture as it was");
    }

    @Test
    void aLandmarkIsACrossWithItsNameBesideIt() {
        BufferedImage landmark = paint(Marker.Shape.LANDMARK, true);
        assertNotEquals(BLUE.getRGB(), landmark.getRGB(SIZE / 2 + 3, SIZE / 2), "a cross is open beside its centre");
        int right = 0;
        for (int x = SIZE / 2 + 10; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                right += landmark.getRGB(x, y) != Color.BLACK.getRGB() ? 1 : 0;
            }
        }
        assertTrue(right > 20, "the name is written to the right of the cross");
    }

    @Test
    void aLandmarkNameThatWouldCoverAnotherIsLeftOutTheSeenOneNamedFirst() {
        PlacedMarker hidden = landmark("Olecranon", 30, 30, false);
        PlacedMarker seen = landmark("Lateral epicondyle", 32, 33, true);
        PlacedMarker apart = landmark("Acromion", 30, 120, false);
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            assertEquals(List.of(seen, apart), List.copyOf(
                    MarkerPainter.namedLandmarks(g, List.of(hidden, seen, apart), RADIUS, 1)).stream()
                    .sorted((a, b) -> Float.compare(a.y(), b.y())).toList(),
                    "the seen landmark keeps its name, the hidden one beside it loses it, the one apart keeps it");
            assertEquals(2, MarkerPainter.namedLandmarks(g, List.of(landmark("Olecranon", 30, 30, true),
                    landmark("Acromion", 30, 80, true)), RADIUS, 1).size(), "names apart are all written");
        } finally {
            g.dispose();
        }
    }

    private static PlacedMarker landmark(String name, float x, float y, boolean visible) {
        return new PlacedMarker(Marker.of(0, 0, 0, BLUE, name, Marker.Shape.LANDMARK), x, y, visible);
    }

    private static BufferedImage paint(Marker.Shape shape, boolean visible) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Marker marker = Marker.of(0, 0, 0, BLUE, shape == Marker.Shape.SITE ? "" : "Acromion", shape);
        MarkerPainter.paint(g, List.of(new PlacedMarker(marker, SIZE / 2f, SIZE / 2f, visible)), RADIUS, 1);
        g.dispose();
        return image;
    }

    private static int blue(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                count += image.getRGB(x, y) == BLUE.getRGB() ? 1 : 0;
            }
        }
        return count;
    }

    private static int painted(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                count += image.getRGB(x, y) != Color.BLACK.getRGB() ? 1 : 0;
            }
        }
        return count;
    }
}
