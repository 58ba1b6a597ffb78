package org.myoplan.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Limb;
import org.myoplan.model.Side;

class AtlasTest {

    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = Atlas.loadDefault();
    }

    /** Every muscle id of shared/reference/toxin-dosing.csv and spasticity-patterns.csv. */
    @ParameterizedTest
    @ValueSource(strings = {"biceps_brachii", "brachialis", "brachioradialis", "pronator_quadratus", "pronator_teres",
        "flexor_carpi_radialis", "flexor_carpi_ulnaris", "flexor_digitorum_profundus", "flexor_digitorum_superficialis",
        "lumbricals_interossei", "adductor_pollicis", "flexor_pollicis_longus", "flexor_pollicis_brevis_opponens",
        "gastrocnemius_medial", "gastrocnemius_lateral", "soleus", "tibialis_posterior", "flexor_hallucis_longus",
        "flexor_digitorum_longus", "flexor_digitorum_brevis", "pectoralis_major", "latissimus_dorsi", "teres_major",
        "subscapularis", "iliopsoas", "psoas", "rectus_femoris", "medial_hamstrings", "gastrocnemius",
        "lateral_hamstrings", "hip_adductors", "quadriceps", "tibialis_anterior", "extensor_hallucis_longus"})
    void everyReferenceMuscleIsPresentOnBothSides(String id) {
        for (Side side : Side.values()) {
            assertFalse(atlas.resolve(id, side).isEmpty(), id + " on the " + side.displayName());
        }
    }

    @Test
    void coverageAndBudget() {
        long right = atlas.muscles().stream().filter(m -> m.side() == Side.RIGHT).count();
        assertTrue(right >= 45, "at least 45 muscles a side, has " + right);
        assertEquals(right, atlas.muscles().size() - right, "left and right alike");
        assertTrue(atlas.triangleCount() <= 150_000, "triangle budget: " + atlas.triangleCount());
        assertEquals(List.of("adductor_longus", "adductor_brevis", "adductor_magnus"),
                atlas.resolve("hip_adductors", Side.LEFT).stream().map(Muscle::id).toList());
        assertEquals(3, atlas.byPattern("flexed elbow", Side.RIGHT).size());
    }

    @Test
    void everyMeshIsClosedOutwardAndWithoutDegenerateTriangles() {
        List<String> problems = new ArrayList<>();
        for (Muscle muscle : atlas.muscles()) {
            check(muscle.key(), muscle.mesh(), problems);
        }
        atlas.bones().forEach(b -> check(b.key(), b.mesh(), problems));
        atlas.skin().forEach(s -> check(s.key(), s.mesh(), problems));
        assertEquals(List.of(), problems);
    }

    static void check(String name, Mesh mesh, List<String> problems) {
        Map<Long, Integer> edges = new HashMap<>();
        double volume = 0;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            Vec3 a = vertex(mesh, mesh.corner(t, 0)), b = vertex(mesh, mesh.corner(t, 1)),
                    c = vertex(mesh, mesh.corner(t, 2));
            if (b.minus(a).cross(c.minus(a)).length() < 1e-12) {
                problems.add(name + ": degenerate triangle " + t);
            }
            volume += a.dot(b.cross(c)) / 6;
            for (int k = 0; k < 3; k++) {
                edges.merge(((long) mesh.corner(t, k) << 32) | mesh.corner(t, (k + 1) % 3), 1, Integer::sum);
            }
        }
        edges.forEach((edge, count) -> {
            long reverse = ((edge & 0xffffffffL) << 32) | (edge >>> 32);
            if (count != 1 || edges.getOrDefault(reverse, 0) != 1) {
                problems.add(name + ": edge " + (edge >>> 32) + "-" + (edge & 0xffffffffL)
                        + " is not shared by exactly two triangles");
            }
        });
        float[] n = mesh.normals();
        int disagree = 0;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            Vec3 a = vertex(mesh, mesh.corner(t, 0)), b = vertex(mesh, mesh.corner(t, 1)),
                    c = vertex(mesh, mesh.corner(t, 2));
            Vec3 face = b.minus(a).cross(c.minus(a));
            for (int k = 0; k < 3; k++) {
                int v = mesh.corner(t, k);
                if (face.dot(new Vec3(n[3 * v], n[3 * v + 1], n[3 * v + 2])) <= 0) {
                    disagree++;
                }
            }
        }
        if (disagree > 0) {
            problems.add(name + ": " + disagree + " vertex normals point against their triangle's face");
        }
        if (volume <= 0) {
            problems.add(name + ": faces point inward (signed volume " + volume + ")");
        }
    }

    private static Vec3 vertex(Mesh mesh, int i) {
        return new Vec3(mesh.x(i), mesh.y(i), mesh.z(i));
    }

    @Test
    void groupsAndPatternsResolveToAtlasMuscles() {
        assertEquals(List.of("adductor_longus.right", "adductor_longus.left", "adductor_brevis.right",
                "adductor_brevis.left", "adductor_magnus.right", "adductor_magnus.left"),
                atlas.resolve("hip_adductors").stream().map(Muscle::key).toList());
        assertEquals(List.of("gastrocnemius_medial", "gastrocnemius_lateral"), atlas.resolveIds("gastrocnemius"));
        assertEquals(List.of("soleus"), atlas.resolveIds("soleus"));
        assertEquals(List.of(), atlas.resolveIds("no_such_muscle"));
        assertTrue(atlas.patterns().contains("Equinovarus foot"));
        assertTrue(atlas.byPattern("Equinovarus foot").stream().map(Muscle::id).toList()
                .contains("tibialis_posterior"));
        assertEquals(6, atlas.byPattern("Flexed elbow").size());
        assertFalse(atlas.byRegion("forearm").isEmpty());
        assertTrue(atlas.byLimb(Limb.LOWER).stream().allMatch(m -> m.limb() == Limb.LOWER));
        assertTrue(atlas.byLayer(Layer.DEEP).stream().anyMatch(m -> m.id().equals("tibialis_posterior")));
        assertEquals("biceps_brachii.left", atlas.muscle("biceps_brachii.left").orElseThrow().key());
    }

    @Test
    void leftIsTheMirrorOfRight() {
        for (Muscle left : atlas.muscles()) {
            if (left.side() != Side.LEFT) {
                continue;
            }
            Mesh l = left.mesh(), r = atlas.find(left.id(), Side.RIGHT).orElseThrow().mesh();
            assertEquals(r.vertexCount(), l.vertexCount(), left.id());
            for (int v = 0; v < l.vertexCount(); v++) {
                assertEquals(-r.x(v), l.x(v), 1e-5, left.id());
                assertEquals(r.y(v), l.y(v), 1e-5, left.id());
                assertEquals(r.z(v), l.z(v), 1e-5, left.id());
            }
            assertTrue(left.centre().x() > 0, left.key() + " lies on the body's left, +X");
        }
    }

    @Test
    void musclesLieWhereAPhysicianLooksForThem() {
        Vec3 biceps = centre("biceps_brachii"), triceps = centre("triceps_brachii"), humerus = boneCentre("humerus");
        assertTrue(biceps.z() > humerus.z() && triceps.z() < humerus.z(),
                "biceps in front of the humerus, triceps behind");
        assertTrue(biceps.y() > 1.12 && biceps.y() < 1.43, "biceps between shoulder and elbow");
        Vec3 brachioradialis = centre("brachioradialis"), fcu = centre("flexor_carpi_ulnaris");
        assertTrue(brachioradialis.x() < fcu.x(), "brachioradialis on the lateral (thumb) side of the forearm");
        assertTrue(brachioradialis.y() < 1.12 && brachioradialis.y() > 0.85, "brachioradialis in the forearm");
        for (String flexor : List.of("flexor_carpi_radialis", "flexor_carpi_ulnaris",
                "flexor_digitorum_superficialis")) {
            assertTrue(centre(flexor).z() > boneCentre("ulna").z(), flexor
                    + " on the front (palm side) of the forearm");
        }
        Vec3 medial = centre("gastrocnemius_medial"), lateral = centre("gastrocnemius_lateral"),
                soleus = centre("soleus");
        assertTrue(medial.x() > lateral.x(), "the medial head nearer the midline");
        assertTrue(medial.z() < boneCentre("tibia").z() && lateral.z() < boneCentre("tibia").z(),
                "both heads behind the tibia");
        assertTrue(medial.y() > soleus.y(), "the gastrocnemius bellies above the soleus belly");
        Vec3 tibialisPosterior = centre("tibialis_posterior");
        assertTrue(tibialisPosterior.x() < boneCentre("tibia").x() && tibialisPosterior.x() > boneCentre("fibula").x(),
                "tibialis posterior between tibia and fibula");
        assertEquals(Layer.DEEP, atlas.find("tibialis_posterior", Side.RIGHT).orElseThrow().layer());
    }

    private static Vec3 centre(String id) {
        return atlas.find(id, Side.RIGHT).orElseThrow().centre();
    }

    private static Vec3 boneCentre(String id) {
        return atlas.bones().stream().filter(b -> b.id().equals(id) && b.side() == Side.RIGHT).findFirst().orElseThrow()
                .mesh().centre();
    }
}
