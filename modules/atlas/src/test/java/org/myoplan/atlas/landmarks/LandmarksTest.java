package org.myoplan.atlas.landmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.data.AtlasFile;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

/** The landmark vocabulary, its table and the landmarks of the built-in atlas. */
class LandmarksTest {

    private static Atlas atlas;
    private static LandmarkAnatomy anatomy;

    @BeforeAll
    static void load() {
        atlas = Atlas.loadDefault();
        anatomy = new LandmarkAnatomy(atlas);
    }

    @Test
    void theVocabularyHasTheIssuesLandmarksAndEveryOneTheInjectionSitesUse() {
        List<String> ids = atlas.landmarks().vocabulary().stream().map(Landmark::id).toList();
        List<String> missing = new ArrayList<>();
        for (String id : LandmarkAnatomy.ISSUE_IDS) {
            if (!ids.contains(id)) {
                missing.add(id);
            }
        }
        LandmarkAnatomy.INJECTION_SITE_IDS.stream().filter(id -> !ids.contains(id)).forEach(missing::add);
        assertEquals(List.of(), missing, "landmarks the issue or injection-sites.csv need");
        assertEquals(ids.size(), ids.stream().distinct().count(), "each id once");
    }

    @Test
    void kindsAndSidesFollowTheTable() {
        Landmarks landmarks = atlas.landmarks();
        assertEquals(Landmark.Kind.SKIN, landmarks.landmark("elbow_crease_midpoint").orElseThrow().kind());
        assertEquals(Landmark.Kind.DERIVED, landmarks.landmark("intermalleolar_midpoint").orElseThrow().kind());
        assertFalse(landmarks.landmark("suprasternal_notch").orElseThrow().paired());
        assertTrue(landmarks.landmark("olecranon").orElseThrow().paired());
        assertEquals(Optional.empty(), landmarks.locate("no_such_landmark", Side.LEFT));
        assertEquals(landmarks.locate("umbilicus", Side.RIGHT), landmarks.locate("umbilicus", Side.LEFT),
                "a midline landmark ignores the side");
    }

    @Test
    void builtInLandmarksLieWhereTheAnatomySays() {
        anatomy.checkRelations();
    }

    @Test
    void builtInLeftMirrorsRight() {
        anatomy.checkMirror(1e-6);
    }

    @Test
    void derivedLandmarksAreMidpoints() {
        Landmarks l = atlas.landmarks();
        Vec3 lateral = l.locate("lateral_malleolus", Side.LEFT).orElseThrow();
        Vec3 medial = l.locate("medial_malleolus", Side.LEFT).orElseThrow();
        assertEquals(0, lateral.plus(medial).times(0.5).distance(l.locate("intermalleolar_midpoint", Side.LEFT)
                .orElseThrow()), 1e-12);
    }

    /**
     * A landmark the schematic bones give is on their surface; one the data file gives sits where the tubes have
     * no process (the acromion, the coracoid), and the notch between the clavicles, within 2.5 cm of a bone.
     */
    @Test
    void builtInBonyLandmarksLieOnOrNearTheSkeleton() {
        Map<String, Double> distances = anatomy.boneDistances();
        distances.forEach((key, d) -> {
            String id = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            boolean onABone = LandmarkAnatomy.onABone(id, false);
            assertTrue(d <= (onABone ? 0.001 : 0.025), key + " lies " + d + " m from the nearest bone");
        });
        assertTrue(distances.size() > 70, distances.size() + " bony landmarks placed");
    }

    @Test
    void theBuiltInAtlasCannotPlaceOnlyWhatItSays() {
        List<String> unplaced = anatomy.unplaced();
        unplaced.forEach(u -> System.out.println("Built-in atlas cannot place " + u));
        assertEquals(List.of(), unplaced);
    }

    @Test
    void landmarksAreComputedOnceAndSharedAcrossThreads() throws Exception {
        Atlas fresh = Atlas.loadDefault();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<AtlasLandmarks>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(fresh::landmarks);
            }
            List<Future<AtlasLandmarks>> results = pool.invokeAll(calls);
            for (Future<AtlasLandmarks> r : results) {
                assertSame(results.get(0).get(), r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void importedMusclesKeepTheDataFilesLandmarks() {
        Atlas replaced = atlas.withMeshes(Map.of());
        assertEquals(atlas.landmarks().locate("acromion", Side.LEFT), replaced.landmarks().locate("acromion",
                Side.LEFT));
    }

    @Test
    void aBrokenTableNamesTheFileLineAndProblem() {
        String header = "id\tname\tkind\tlaterality\tbodyparts3d\tbuilt_in\tdefinition\n";
        assertProblem(header + "a\tA\tbony\tpaired\textreme femur sideways\tgiven\tx\n", "line 2: column "
                + "bodyparts3d: 'sideways' is not a direction");
        assertProblem(header + "a\tA\tbony\tpaired\tmid b c\tgiven\tx\n", "line 2: a names the unknown landmark b");
        assertProblem(header + "a\tA\tbone\tpaired\tgiven\tgiven\tx\n", "kind must be bony, derived or skin");
        assertProblem(header + "a\tA\tbony\tboth\tgiven\tgiven\tx\n", "laterality must be paired or midline");
        assertProblem(header + "a\tA\tbony\tmidline\textreme spine lateral\tgiven\tx\n", "a midline landmark has no "
                + "lateral or medial");
        assertProblem(header + "a\tA\tbony\tpaired\textreme femur lateral y:0.5-0.2\tgiven\tx\n", "must run from");
        assertProblem(header + "a\tA\tbony\tpaired\tgiven\n", "expected 7 tab-separated columns, found 5");
        assertProblem(header + "a\tA\tbony\tpaired\tgiven\tgiven\tx\na\tA\tbony\tpaired\tgiven\tgiven\tx\n",
                "line 3: the landmark a is listed twice");
    }

    @Test
    void aDataFilesLandmarkLinesAreChecked() {
        AtlasFormatException e = assertThrows(AtlasFormatException.class, () -> AtlasFile.read(new StringReader(
                "landmark acromion left 0 1 0\n"), "test.atlas"));
        assertTrue(e.getMessage().contains("test.atlas, line 1: side must be right or midline"), e.getMessage());
        e = assertThrows(AtlasFormatException.class, () -> AtlasFile.read(new StringReader(
                "landmark acromion right 0 1\n"), "test.atlas"));
        assertTrue(e.getMessage().contains("a point is three numbers"), e.getMessage());
    }

    private static void assertProblem(String table, String expected) {
        AtlasFormatException e = assertThrows(AtlasFormatException.class,
                () -> LandmarkTable.read(new StringReader(table), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv") && e.getMessage().contains(expected), e.getMessage());
    }
}
