package org.myoplan.atlas.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.bodyparts3d.BodyParts3dImporter;
import org.myoplan.atlas.bodyparts3d.ImportProgress;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.landmarks.Landmarks;
import org.myoplan.model.Side;

/**
 * The shipped suggested sites on the real atlases: every placeable site lies on its muscle's surface and
 * between the planes through its two landmarks square to the line. Prints which muscles have placed sites
 * and which rows stay text only, and why. The imported atlas needs the BodyParts3D files
 * ({@code myoplan.anatomy.dir}); without them that test is skipped saying so.
 */
class SitesOnAtlasTest {

    /** A placed point is on the mesh: the nearest-point search returns surface points, so float noise only. */
    private static final double ON_SURFACE = 0.001;
    /** How far beyond a landmark's plane a point may lie: the muscle's surface is reached off the line. */
    private static final double BEYOND_PLANE = 0.10;

    @Test
    void builtInAtlas() {
        check(Atlas.loadDefault(), "built-in atlas");
    }

    @Test
    void importedBodyParts3d() throws Exception {
        String dir = System.getProperty("myoplan.anatomy.dir", System.getenv("MYOPLAN_ANATOMY_DIR"));
        Path archive = dir == null ? null : Path.of(dir, "bodyparts3d-4.0", "isa_BP3D_4.0_obj_99");
        Path version3 = dir == null ? null : Path.of(dir, "bodyparts3d-3.0-trunk");
        boolean there = archive != null && Files.isDirectory(archive) && Files.isDirectory(version3);
        if (!there) {
            System.out.println("Suggested sites on BodyParts3D skipped: " + (dir == null
                    ? "myoplan.anatomy.dir is not set" : archive + " or " + version3 + " is missing"));
        }
        assumeTrue(there, "the BodyParts3D files are not there");
        Atlas atlas = BodyParts3dImporter.importArchive(archive, List.of(version3), Atlas.loadDefault(),
                ImportProgress.NONE).atlas();
        check(atlas, "BodyParts3D");
    }

    private static void check(Atlas atlas, String name) {
        Landmarks landmarks = atlas.landmarks();
        SiteCatalog catalog = SiteCatalog.shipped(landmarks, atlas);
        SitePlacer placer = new SitePlacer(atlas, landmarks);
        PointDescriber describer = new PointDescriber(landmarks);
        Set<String> placedMuscles = new TreeSet<>();
        List<String> textOnly = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        double farthest = 0;
        for (SuggestedSite site : catalog.sites()) {
            for (Side side : Side.values()) {
                SitePlacement placement = placer.place(site, side);
                if (!placement.placed()) {
                    if (side == Side.RIGHT) {
                        textOnly.add("line " + site.line() + " " + site.muscleId() + " (" + site.site() + "): "
                                + placement.whyNot());
                    }
                    continue;
                }
                placedMuscles.add(site.muscleId());
                farthest = Math.max(farthest, placement.distanceFromLine());
                problems.addAll(check(atlas, placement));
                assertTrue(describer.describe(placement.point(), side).isPresent(), site.muscleId());
            }
        }
        System.out.printf(Locale.ROOT, "Suggested sites on the %s: %d muscles with placed sites %s;"
                + " farthest from its landmark line %.1f cm%n", name, placedMuscles.size(), placedMuscles,
                farthest * 100);
        textOnly.forEach(t -> System.out.println("  text only: " + t));
        assertEquals(List.of(), problems);
    }

    /** Each point on the muscle's surface and between the landmarks' planes; the problems in words. */
    private static List<String> check(Atlas atlas, SitePlacement placement) {
        List<String> problems = new ArrayList<>();
        String what = placement.site().muscleId() + "." + placement.side().displayName() + " line "
                + placement.site().line();
        Vec3 a = placement.lineFrom(), ab = placement.lineTo().minus(a);
        for (Vec3 p : placement.points()) {
            double off = MeshPoints.nearest(List.of(atlas.find(placement.site().muscleId(), placement.side())
                    .orElseThrow().mesh()), p).orElseThrow().distance();
            double t = p.minus(a).dot(ab) / ab.dot(ab);
            double beyond = Math.max(-t, t - 1) * ab.length();
            if (off > ON_SURFACE) {
                problems.add(what + ": " + Math.round(off * 1000) + " mm off the muscle's surface");
            }
            if (beyond > BEYOND_PLANE * ab.length()) {
                problems.add(what + String.format(Locale.ROOT, ": %.1f cm beyond its landmarks' planes", beyond * 100));
            }
        }
        return problems;
    }
}
