package org.myoplan.atlas.bodyparts3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.landmarks.AtlasLandmarks;
import org.myoplan.atlas.landmarks.LandmarkAnatomy;
import org.myoplan.atlas.store.AtlasStore;
import org.myoplan.model.Side;

/**
 * The landmarks located on the real BodyParts3D bones (found through {@code myoplan.anatomy.dir}; skipped with
 * a message when they are not there). One import for all tests; nothing computed from the meshes is kept.
 */
class RealLandmarksTest {

    private static Atlas atlas;
    private static double firstMillis;

    @BeforeAll
    static void importTheArchive() throws Exception {
        Path archive = Anatomy.folder("bodyparts3d-4.0/isa_BP3D_4.0_obj_99");
        atlas = BodyParts3dImporter.importArchive(archive, List.of(), Atlas.loadDefault(), ImportProgress.NONE)
                .atlas();
        long start = System.nanoTime();
        atlas.landmarks();
        firstMillis = (System.nanoTime() - start) / 1e6;
    }

    @Test
    void locatingTakesMilliseconds() {
        long start = System.nanoTime();
        AtlasLandmarks again = AtlasLandmarks.of(atlas, Map.of());
        double warm = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "RealLandmarksTest: %d landmarks located on the imported atlas in %.1f ms "
                + "(first call, cold) and %.1f ms (again)%n", again.placed().size(), firstMillis, warm);
    }

    @Test
    void landmarksLieWhereTheAnatomySays() {
        new LandmarkAnatomy(atlas).checkRelations();
    }

    /**
     * Separate left and right bone files, each simplified apart to a few hundred vertices (the humerus to about
     * 170, 1-2 cm apart): an extreme vertex of one side may lie a vertex further than the other's. Measured worst:
     * the medial lip of the intertubercular groove, 11.5 mm; most are within 5 mm.
     */
    @Test
    void leftMirrorsRightWithinAboutACentimetre() {
        new LandmarkAnatomy(atlas).checkMirror(0.012);
    }

    /**
     * A bone's extreme vertex is on it; a midpoint on one bone (the third metacarpal's) within a few mm; the notch
     * between the clavicles (BodyParts3D has no sternum) within 2 cm.
     */
    @Test
    void bonyLandmarksLieOnTheirBones() {
        Map<String, Double> distances = new LandmarkAnatomy(atlas).boneDistances();
        distances.forEach((key, d) -> {
            String id = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            double limit = LandmarkAnatomy.onABone(id, true) ? 0.001 : id.equals("suprasternal_notch") ? 0.02 : 0.005;
            assertTrue(d <= limit, key + " lies " + d + " m from the nearest bone");
        });
        assertTrue(distances.size() > 70, distances.size() + " bony landmarks placed");
    }

    @Test
    void whatTheImportedAtlasCannotPlace() {
        List<String> unplaced = new LandmarkAnatomy(atlas).unplaced();
        unplaced.forEach(u -> System.out.println("The imported BodyParts3D atlas cannot place " + u));
        assertEquals(List.of("nipple (right)", "nipple (left)", "umbilicus"), unplaced.stream()
                .map(u -> u.substring(0, u.indexOf(':'))).toList());
    }

    @Test
    void theStoresCopyHasTheSameLandmarks(@TempDir Path dir) throws Exception {
        Path file = AtlasStore.fileIn(dir);
        AtlasStore.write(atlas, file);
        AtlasLandmarks read = AtlasStore.read(file).landmarks();
        assertEquals(atlas.landmarks().placed().keySet(), read.placed().keySet());
        atlas.landmarks().placed().forEach((key, p) -> assertTrue(p.distance(read.placed().get(key)) < 1e-4, key));
        assertTrue(read.locate("olecranon", Side.LEFT).isPresent());
    }
}
