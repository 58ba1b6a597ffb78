package org.myoplan.atlas.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Layer;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Shape;
import org.myoplan.atlas.geometry.TubeBuilder;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Limb;
import org.myoplan.model.Side;

/**
 * Placing sites on a small synthetic arm: a straight "humerus" at z = -0.01 and a round "biceps" in front
 * of it around z = 0.03 (its surface from z = 0.015 to 0.045); the landmark line runs between them at
 * z = 0.005, so its nearest muscle point is on the deep face and must be carried to the front.
 */
class SitePlacerTest {

    private static final TubeBuilder TUBES = new TubeBuilder(24, 40);
    private static final Mesh BICEPS = TUBES.build(List.of(new Vec3(-0.2, 1.45, 0.03), new Vec3(-0.2, 1.05, 0.03)),
            0.015, 0.015, null, Shape.STRAP);
    private static final Mesh HUMERUS = TUBES.build(List.of(new Vec3(-0.2, 1.45, -0.01), new Vec3(-0.2, 1.05, -0.01)),
            0.008, 0.008, null, Shape.STRAP);
    private static final Atlas ARM = Atlas.of(List.of(muscle(Side.RIGHT, BICEPS), muscle(Side.LEFT,
            BICEPS.mirroredX())), List.of(new Bone("humerus", Side.RIGHT, "Humerus", HUMERUS),
            new Bone("humerus", Side.LEFT, "Humerus", HUMERUS.mirroredX())), List.of(), Map.of(), Map.of(),
            Atlas.Provenance.BUILT_IN);
    private static final FakeLandmarks LANDMARKS = new FakeLandmarks(FakeLandmarks.TABLE_IDS)
            .at("coracoid_process", -0.2, 1.40, 0.005).at("lateral_epicondyle_humerus", -0.2, 1.10, 0.005)
            .at("t5_spinous_process", 0, 1.40, 0.0).at("iliac_crest_midpoint", 0, 1.0, 0.0);
    private static final SitePlacer PLACER = new SitePlacer(ARM, LANDMARKS);
    private static final String HEADER = String.join(",", SiteFile.COLUMNS) + "\n";

    @Test
    void aPointIsAtItsFractionOnTheMusclesFaceAwayFromTheBone() {
        SitePlacement placement = PLACER.place(site("coracoid_process", "lateral_epicondyle_humerus", "0.40"),
                Side.RIGHT);
        assertTrue(placement.placed(), placement.whyNot());
        assertFalse(placement.isZone());
        Vec3 p = placement.point();
        assertEquals(1.40 - 0.4 * 0.30, p.y(), 0.003);
        assertEquals(0.045, p.z(), 0.002, "on the front of the muscle, not its deep face at 0.015");
        assertEquals(0, MeshPoints.nearest(List.of(BICEPS), p).orElseThrow().distance(), 1e-6);
        assertEquals(0.04, placement.distanceFromLine(), 0.003);
    }

    /**
     * On the built-in atlas, a limb muscle's sites come out on its face away from the bone, where a needle
     * from the skin meets it first: the biceps' in front, the medial gastrocnemius' behind.
     */
    @Test
    void limbSitesAreOnTheSuperficialFaceOfTheRealAtlasMuscles() {
        Atlas atlas = Atlas.loadDefault();
        SiteCatalog catalog = SiteCatalog.shipped(atlas.landmarks(), atlas);
        SitePlacer placer = new SitePlacer(atlas, atlas.landmarks());
        for (Side side : Side.values()) {
            assertOnSide(atlas, catalog, placer, "biceps_brachii", side, +1);
            assertOnSide(atlas, catalog, placer, "gastrocnemius_medial", side, -1);
        }
    }

    private static void assertOnSide(Atlas atlas, SiteCatalog catalog, SitePlacer placer, String id, Side side,
            int front) {
        Vec3 centre = atlas.find(id, side).orElseThrow().centre();
        int placed = 0;
        for (SitePlacement p : placer.place(catalog.sitesOf(id), side)) {
            for (Vec3 point : p.points()) {
                placed++;
                assertTrue(front * (point.z() - centre.z()) > 0.005, id + " " + side + ", " + p.site().site()
                        + ": " + point + " is not on the " + (front > 0 ? "front" : "back") + " of " + centre);
            }
        }
        assertTrue(placed > 0, id + " has placed sites");
    }

    @Test
    void aZoneHasItsEndsAndItsMiddleInOrder() {
        SitePlacement zone = PLACER.place(site("coracoid_process", "lateral_epicondyle_humerus", "0.20-0.60"),
                Side.RIGHT);
        assertTrue(zone.isZone());
        assertEquals(List.of(1.34, 1.28, 1.22), zone.points().stream().map(p -> round(p.y())).toList());
        assertEquals(zone.points().get(1), zone.point());
    }

    @Test
    void theLeftSideIsTheMirrorImage() {
        SuggestedSite site = site("coracoid_process", "lateral_epicondyle_humerus", "0.40");
        Vec3 right = PLACER.place(site, Side.RIGHT).point();
        Vec3 left = PLACER.place(site, Side.LEFT).point();
        assertEquals(right.mirroredX().distance(left), 0, 1e-6);
    }

    @Test
    void aFarLineIsMeasuredToItsPointNearestTheFirstLandmark() {
        SitePlacement placement = PLACER.place(site("coracoid_process", "t5_spinous_to_mid_iliac_crest_line",
                "0.50"), Side.RIGHT);
        assertEquals(new Vec3(0, 1.40, 0.0), placement.lineTo());
    }

    @Test
    void rowsWithoutAPointSayWhyInWords() {
        assertEquals("the source gives no fraction: description only",
                PLACER.place(site("coracoid_process", "", ""), Side.RIGHT).whyNot());
        assertEquals("the source does not name the line's end points: description only",
                PLACER.place(site("", "", "0.416"), Side.RIGHT).whyNot());
        assertEquals("the source does not name the far end of the line from the coracoid process: description only",
                PLACER.place(site("coracoid_process", "", "0.35-0.50"), Side.RIGHT).whyNot());
        assertEquals("the atlas cannot locate the elbow crease midpoint",
                PLACER.place(site("coracoid_process", "elbow_crease_midpoint", "0.5"), Side.RIGHT).whyNot());
        assertEquals("the atlas has no brachialis on the left side", PLACER.place(site("brachialis",
                "coracoid_process", "lateral_epicondyle_humerus", "0.5"), Side.LEFT).whyNot());
    }

    private static SuggestedSite site(String a, String b, String fraction) {
        return site("biceps_brachii", a, b, fraction);
    }

    private static SuggestedSite site(String muscle, String a, String b, String fraction) {
        String row = muscle + ",motor point," + a + "," + b + "," + fraction + ",,,,,a study,published\n";
        return SiteCatalog.read(new StringReader(HEADER + row), "test.csv", FakeLandmarks.TABLE_IDS,
                Set.of("biceps_brachii", "brachialis")).sites().get(0);
    }

    private static Muscle muscle(Side side, Mesh mesh) {
        return new Muscle("biceps_brachii", side, "Biceps brachii", List.of(), List.of(), "arm", Limb.UPPER,
                Layer.SUPERFICIAL, "scapula", "radius", mesh, "test");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
