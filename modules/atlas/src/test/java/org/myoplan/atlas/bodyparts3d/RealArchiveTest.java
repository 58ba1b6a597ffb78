package org.myoplan.atlas.bodyparts3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.store.AtlasStore;
import org.myoplan.model.Side;

/**
 * The importer on the real BodyParts3D 4.0 files (and the 3.0 trunk files), found through
 * {@code myoplan.anatomy.dir}; skipped with a message when they are not there. One import for all tests.
 */
class RealArchiveTest {

    private static final Atlas BASE = Atlas.loadDefault();
    private static BodyParts3dImporter.Result result;

    @BeforeAll
    static void importTheArchive() throws Exception {
        Path archive = Anatomy.folder("bodyparts3d-4.0/isa_BP3D_4.0_obj_99");
        Path version3 = Anatomy.folder("bodyparts3d-3.0-trunk");
        result = BodyParts3dImporter.importArchive(archive, List.of(version3), BASE, ImportProgress.NONE);
        result.notes().forEach(n -> System.out.println("RealArchiveTest note: " + n));
    }

    @Test
    void everyMappedMuscleIsImportedOnBothSides() {
        List<String> notImported = new ArrayList<>();
        for (String id : PartTables.load().partsByMuscle().keySet()) {
            if (id.startsWith(Muscle.CONTEXT_PREFIX)) {
                continue;
            }
            for (Side side : Side.values()) {
                Muscle m = result.atlas().find(id, side).orElseThrow();
                if (!m.source().startsWith("BodyParts3D")) {
                    notImported.add(m.key());
                }
            }
        }
        // the trapezius's descending and ascending parts (FJ1520, FJ1521) are not in the shared copy of the archive
        assertEquals(List.of("trapezius.left", "trapezius.right"), notImported.stream().sorted().toList());
        assertEquals(BASE.muscles().size(), result.atlas().muscles().stream().filter(m -> !m.context()).count());
    }

    @Test
    void latissimusDorsiComesFromVersion3() {
        assertTrue(result.atlas().find("latissimus_dorsi", Side.LEFT).orElseThrow().source()
                .startsWith("BodyParts3D 3.0"));
    }

    @Test
    void leftAndRightMirrorEachOther() {
        for (Muscle right : result.atlas().muscles()) {
            if (right.side() != Side.RIGHT || right.context() || !right.source().startsWith("BodyParts3D")) {
                continue;
            }
            // a 4.0 muscle is one simplified mesh and its mirror image; the 3.0 files are a left and a right model
            double tolerance = right.source().startsWith("BodyParts3D 3.0") ? 0.01 : 1e-6;
            Mesh r = right.mesh();
            Mesh l = result.atlas().find(right.id(), Side.LEFT).orElseThrow().mesh();
            float[] rb = r.bounds(), lb = l.bounds();
            assertEquals(-rb[0], lb[3], tolerance, right.key());
            assertEquals(-rb[3], lb[0], tolerance, right.key());
            for (int axis = 1; axis < 3; axis++) {
                assertEquals(rb[axis], lb[axis], tolerance, right.key());
                assertEquals(rb[axis + 3], lb[axis + 3], tolerance, right.key());
            }
            assertTrue(rb[3] < 0.02 && lb[0] > -0.02, right.key() + " lies on its side");
        }
    }

    @Test
    void mappedMusclesAreClosedAndFaceOutward() {
        for (Muscle m : result.atlas().muscles()) {
            if (!m.context() && m.source().startsWith("BodyParts3D")) {
                Surface s = new Surface(m.mesh().positions(), m.mesh().indices());
                assertTrue(s.isClosed(), m.key() + " closed");
                assertTrue(s.signedVolume() > 0, m.key() + " outward: closed, one winding, a positive volume");
                assertNormalsFollowTheWinding(m.key(), m.mesh());
            }
        }
    }

    @Test
    void contextMusclesAndBonesAreClosedAndOutwardBarTheFilesThatAreNot() {
        List<String> open = new ArrayList<>();
        for (Muscle m : result.atlas().muscles()) {
            if (m.context()) {
                check(m.key(), m.mesh(), open);
            }
        }
        result.atlas().bones().forEach(b -> check(b.key(), b.mesh(), open));
        // BodyParts3D's own open files: ethmoid (FJ3199), rectus capitis anterior (FJ1588), aryepiglotticus (FJ2791)
        assertTrue(open.size() <= 6, open.toString());
    }

    private static void check(String key, Mesh mesh, List<String> open) {
        Surface s = new Surface(mesh.positions(), mesh.indices());
        if (!s.isClosed()) {
            open.add(key);
        } else {
            assertTrue(s.signedVolume() > 0, key + " outward");
        }
    }

    @Test
    void theTriangleBudgetIsKeptAndFinestForTheMappedMuscles() {
        Atlas atlas = result.atlas();
        assertTrue(atlas.triangleCount() <= 150_000, atlas.triangleCount() + " triangles");
        double mapped = density(atlas.muscles().stream().filter(m -> !m.context() && m.source()
                .startsWith("BodyParts3D"))
                .map(Muscle::mesh).toList());
        double context = density(atlas.muscles().stream().filter(Muscle::context).map(Muscle::mesh).toList());
        double bones = density(atlas.bones().stream().map(Bone::mesh).toList());
        assertTrue(mapped > context && mapped > bones, "triangles per square metre: mapped " + mapped + ", context "
                + context
                + ", bones " + bones);
    }

    @Test
    void theBodyStandsOnTheFloorFacingPlusZ() {
        Atlas atlas = result.atlas();
        double floor = atlas.bones().stream().mapToDouble(b -> b.mesh().bounds()[1]).min().orElseThrow();
        double top = atlas.bones().stream().mapToDouble(b -> b.mesh().bounds()[4]).max().orElseThrow();
        assertEquals(0, floor, 1e-6);
        assertTrue(top > 1.6 && top < 1.8, "height " + top);
        float[] patella = atlas.bones().stream().filter(b -> b.key().equals("patella.right")).findFirst().orElseThrow()
                .mesh().bounds();
        float[] calcaneus = atlas.bones().stream().filter(b -> b.key().equals("calcaneus.right")).findFirst()
                .orElseThrow()
                .mesh().bounds();
        assertTrue(patella[5] > calcaneus[5], "the kneecap is in front of the heel (anterior is +z)");
        assertTrue(patella[3] < 0, "the right kneecap at x < 0 (+x is the body's left)");
    }

    @Test
    void theImportGoesThroughTheStoreUnchanged(@TempDir Path dir) throws Exception {
        Path file = AtlasStore.fileIn(dir);
        AtlasStore.write(result.atlas(), file);
        Atlas read = AtlasStore.read(file);
        assertEquals(result.atlas().triangleCount(), read.triangleCount());
        assertEquals(result.atlas().muscles().stream().map(Muscle::key).toList(), read.muscles().stream()
                .map(Muscle::key).toList());
        assertEquals(result.atlas().provenance(), read.provenance());
    }

    /**
     * Each vertex normal leans the way of the faces around it (so with outward faces, it points out); a few
     * vertices (at most 0.5 %) lie amid triangles without area and have no direction to follow.
     */
    private static void assertNormalsFollowTheWinding(String key, Mesh mesh) {
        float[] p = mesh.positions(), n = mesh.normals();
        int[] t = mesh.indices();
        double[] sum = new double[p.length];
        for (int i = 0; i < t.length; i += 3) {
            int a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
            double ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
            double vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
            double[] face = {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
            for (int corner : new int[] {a, b, c}) {
                for (int axis = 0; axis < 3; axis++) {
                    sum[corner + axis] += face[axis];
                }
            }
        }
        int flat = 0;
        for (int v = 0; v < p.length; v += 3) {
            double dot = sum[v] * n[v] + sum[v + 1] * n[v + 1] + sum[v + 2] * n[v + 2];
            if (sum[v] == 0 && sum[v + 1] == 0 && sum[v + 2] == 0) {
                flat++; // only triangles without area around it: no direction to follow
                continue;
            }
            assertTrue(dot > 0, key + ": the normal of vertex " + v / 3 + " points against its faces");
        }
        assertTrue(flat <= p.length / 3 / 200, key + ": " + flat + " vertices amid triangles without area");
    }

    private static double density(List<Mesh> meshes) {
        double area = 0;
        int triangles = 0;
        for (Mesh m : meshes) {
            area += new Surface(m.positions(), m.indices()).area();
            triangles += m.triangleCount();
        }
        return triangles / area;
    }
}
