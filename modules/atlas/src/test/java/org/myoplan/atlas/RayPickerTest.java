package org.myoplan.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

class RayPickerTest {

    private static Atlas atlas;
    private static RayPicker picker;

    @BeforeAll
    static void load() {
        atlas = Atlas.loadDefault();
        picker = new RayPicker(atlas);
    }

    /** A ray through each muscle's centre, with only that muscle shown, picks that muscle. */
    @Test
    void aRayThroughAMusclesCentrePicksIt() {
        List<String> missed = new ArrayList<>();
        for (Muscle muscle : atlas.muscles()) {
            Vec3 centre = muscle.centre();
            Vec3 origin = centre.plus(new Vec3(0, 0, 2));
            Optional<RayPicker.Hit> hit = picker.pick(origin, centre.minus(origin), m -> m == muscle, false);
            if (hit.isEmpty() || !hit.get().muscle().orElseThrow().equals(muscle)) {
                // a curved or flat muscle may not cover its box centre from the front: try from the side
                Vec3 side = centre.plus(new Vec3(muscle.side() == Side.LEFT ? 2 : -2, 0, 0));
                hit = picker.pick(side, centre.minus(side), m -> m == muscle, false);
            }
            if (hit.isEmpty()) {
                missed.add(muscle.key());
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void fromTheFrontTheSuperficialMuscleIsPickedNotTheDeepOne() {
        Muscle biceps = atlas.find("biceps_brachii", Side.LEFT).orElseThrow();
        Vec3 centre = biceps.centre();
        Vec3 origin = centre.plus(new Vec3(0, 0, 2));
        RayPicker.Hit hit = picker.pick(origin, centre.minus(origin), m -> true, true).orElseThrow();
        assertEquals("biceps_brachii.left", hit.muscle().orElseThrow().key());
        assertTrue(hit.point().z() > centre.z(), "the front surface");
        // hide the biceps: the ray goes on to the brachialis or the humerus
        RayPicker.Hit behind = picker.pick(origin, centre.minus(origin), m -> m != biceps, true).orElseThrow();
        assertTrue(behind.muscle().map(m -> !m.equals(biceps)).orElse(true));
    }

    @Test
    void aSurfacePointOnAGivenMuscle() {
        Muscle soleus = atlas.find("soleus", Side.RIGHT).orElseThrow();
        Vec3 centre = soleus.centre();
        Vec3 origin = centre.plus(new Vec3(0, 0, -2));
        Vec3 point = picker.surfacePoint(soleus, origin, centre.minus(origin)).orElseThrow();
        assertTrue(point.z() < centre.z() && point.distance(centre) < 0.06, "on the back of the soleus: " + point);
    }

    /** The BVH finds exactly what testing every triangle finds. */
    @Test
    void theBvhAgreesWithBruteForce() {
        Random random = new Random(7);
        List<Mesh> meshes = new ArrayList<>();
        atlas.muscles().forEach(m -> meshes.add(m.mesh()));
        atlas.bones().forEach(b -> meshes.add(b.mesh()));
        for (int i = 0; i < 300; i++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            Vec3 origin = new Vec3(1.5 * Math.sin(angle), random.nextDouble() * 1.8, 1.5 * Math.cos(angle));
            Vec3 target = new Vec3((random.nextDouble() - 0.5) * 0.5, random.nextDouble() * 1.7,
                    (random.nextDouble() - 0.5) * 0.25);
            Vec3 dir = target.minus(origin).normalized();
            double expected = Double.POSITIVE_INFINITY;
            for (Mesh mesh : meshes) {
                for (int t = 0; t < mesh.triangleCount(); t++) {
                    expected = Math.min(expected, intersect(mesh, t, origin, dir));
                }
            }
            Optional<RayPicker.Hit> hit = picker.pick(origin, dir, m -> true, true);
            if (Double.isInfinite(expected)) {
                assertTrue(hit.isEmpty(), "ray " + i);
            } else {
                assertEquals(expected, hit.orElseThrow().distance(), 1e-6, "ray " + i);
            }
        }
    }

    private static double intersect(Mesh mesh, int t, Vec3 o, Vec3 d) {
        Vec3 a = vertex(mesh, mesh.corner(t, 0)), b = vertex(mesh, mesh.corner(t, 1)),
                c = vertex(mesh, mesh.corner(t, 2));
        Vec3 e1 = b.minus(a), e2 = c.minus(a), p = d.cross(e2);
        double det = e1.dot(p);
        if (Math.abs(det) < 1e-12) {
            return Double.POSITIVE_INFINITY;
        }
        Vec3 s = o.minus(a);
        double u = s.dot(p) / det;
        Vec3 q = s.cross(e1);
        double v = d.dot(q) / det;
        double distance = e2.dot(q) / det;
        return u < 0 || u > 1 || v < 0 || u + v > 1 || distance <= 1e-6 ? Double.POSITIVE_INFINITY : distance;
    }

    private static Vec3 vertex(Mesh mesh, int v) {
        return new Vec3(mesh.x(v), mesh.y(v), mesh.z(v));
    }

    @Test
    void aRayPastTheBodyHitsNothing() {
        assertTrue(picker.pick(new Vec3(3, 1, 2), new Vec3(0, 0, -1), m -> true, true).isEmpty());
    }
}
