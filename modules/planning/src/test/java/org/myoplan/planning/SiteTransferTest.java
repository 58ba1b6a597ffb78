package org.myoplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * Sites move with their muscle when the atlas changes: a site 30% up the front of a biceps lands 30% up
 * the front of another atlas's biceps (longer, thicker, elsewhere, tilted), on its surface.
 */
class SiteTransferTest {

    private static final String BICEPS = "biceps_brachii.left";
    private static Atlas builtIn;

    @BeforeAll
    static void load() {
        builtIn = Atlas.loadDefault();
    }

    @Test
    void aSiteThirtyPercentAlongLandsThirtyPercentAlongTheNewMuscleOnItsSurface() {
        // old biceps: 30 cm from y = 1.00 to 1.30, 3 cm thick; new: 40 cm, 4 cm, moved and leaning 10 degrees
        Mesh oldMesh = Cylinder.along(new Vec3(0.20, 1.00, 0.00), new Vec3(0.20, 1.30, 0.00), 0.03);
        Mesh newMesh = Cylinder.along(new Vec3(0.24, 0.95, 0.02), new Vec3(0.24 + 0.4 * Math.sin(0.17), 0.95
                + 0.4 * Math.cos(0.17),
                0.02), 0.04);
        Atlas before = builtIn.withMeshes(Map.of(BICEPS, oldMesh));
        Atlas after = builtIn.withMeshes(Map.of(BICEPS, newMesh));
        InjectionPoint front = new InjectionPoint(0.20, 1.09, 0.03); // 30% up, on the front

        Target moved = new SiteTransfer(before, after).transfer(biceps(front));

        Vec3 placed = vec(moved.injectionPoints().get(0));
        MuscleFrame newFrame = new MuscleFrame(newMesh);
        assertEquals(0.30, newFrame.along(placed), 0.03, "along the new biceps: " + placed);
        assertTrue(newFrame.distanceToSurface(placed) < 1e-6, "on the new biceps's surface: " + placed);
        assertTrue(placed.z() > 0.02 + 0.03, "still on the front of the new biceps: " + placed);
    }

    @Test
    void aSiteOnTheBackStaysOnTheBackAndTheOtherSitesKeepTheirOrder() {
        Mesh oldMesh = Cylinder.along(new Vec3(0.20, 1.00, 0.00), new Vec3(0.20, 1.30, 0.00), 0.03);
        Mesh newMesh = Cylinder.along(new Vec3(0.18, 1.02, -0.01), new Vec3(0.18, 1.27, -0.01), 0.025);
        Target target = biceps(new InjectionPoint(0.20, 1.24, -0.03), new InjectionPoint(0.23, 1.06, 0.0));

        Target moved = new SiteTransfer(builtIn.withMeshes(Map.of(BICEPS, oldMesh)), builtIn.withMeshes(Map.of(BICEPS,
                newMesh)))
                .transfer(target);

        Vec3 back = vec(moved.injectionPoints().get(0)), side = vec(moved.injectionPoints().get(1));
        MuscleFrame frame = new MuscleFrame(newMesh);
        assertEquals(0.80, frame.along(back), 0.03);
        assertEquals(-0.01 - 0.025, back.z(), 0.002, "on the back: " + back);
        assertEquals(0.20, frame.along(side), 0.03);
        assertEquals(0.18 + 0.025, side.x(), 0.002, "on the body's left side of it: " + side);
    }

    @Test
    void sitesOnAMuscleWhoseMeshDidNotChangeStayExactlyWhereTheyWere() {
        Muscle deltoid = builtIn.muscle("deltoid.left").orElseThrow();
        Vec3 vertex = new Vec3(deltoid.mesh().x(0), deltoid.mesh().y(0), deltoid.mesh().z(0));
        InjectionPoint site = new InjectionPoint(vertex.x(), vertex.y(), vertex.z());
        Atlas other = builtIn.withMeshes(Map.of(BICEPS, Cylinder.along(new Vec3(0.2, 1, 0), new Vec3(0.2, 1.3, 0),
                0.03)));
        Target target = new Target("deltoid", Side.LEFT, null, 2, Guidance.ULTRASOUND, List.of(site), "");

        assertEquals(List.of(site), new SiteTransfer(builtIn, other).transfer(target).injectionPoints());
    }

    @Test
    void theBuiltInBicepsSitesLandOnAReplacedBicepsAtTheSameHeightFraction() {
        Muscle biceps = builtIn.muscle(BICEPS).orElseThrow();
        MuscleFrame oldFrame = new MuscleFrame(biceps.mesh());
        Vec3 vertex = new Vec3(biceps.mesh().x(7), biceps.mesh().y(7), biceps.mesh().z(7));
        Mesh replacement = Cylinder.along(new Vec3(0.25, 1.0, 0.0), new Vec3(0.25, 1.35, 0.0), 0.035);

        Target moved = new SiteTransfer(builtIn, builtIn.withMeshes(Map.of(BICEPS, replacement)))
                .transfer(biceps(new InjectionPoint(vertex.x(), vertex.y(), vertex.z())));

        Vec3 placed = vec(moved.injectionPoints().get(0));
        MuscleFrame newFrame = new MuscleFrame(replacement);
        assertEquals(oldFrame.along(vertex), newFrame.along(placed), 0.05);
        assertTrue(newFrame.distanceToSurface(placed) < 1e-6);
    }

    @Test
    void theSameGeometryHasTheSameNameAndAReplacedMuscleAnother() {
        Atlas again = Atlas.loadDefault();
        Atlas replaced = builtIn.withMeshes(Map.of(BICEPS, Cylinder.along(new Vec3(0.2, 1, 0), new Vec3(0.2, 1.3, 0),
                0.03)));

        assertEquals(AtlasIdentity.of(builtIn), AtlasIdentity.of(again));
        assertNotEquals(AtlasIdentity.of(builtIn), AtlasIdentity.of(replaced));
        assertEquals(16, AtlasIdentity.of(builtIn).length());
        assertEquals(replaced, AtlasIdentity.find(AtlasIdentity.of(replaced), List.of(builtIn, replaced))
                .orElseThrow());
    }

    private static Target biceps(InjectionPoint... points) {
        return new Target("biceps_brachii", Side.LEFT, null, 2, Guidance.ULTRASOUND, List.of(points), "");
    }

    private static Vec3 vec(InjectionPoint point) {
        return new Vec3(point.x(), point.y(), point.z());
    }

    /** A closed cylinder between two points, fine enough that its facets lie within a millimetre of round. */
    static final class Cylinder {

        private static final int AROUND = 48;
        private static final int RINGS = 21;

        static Mesh along(Vec3 from, Vec3 to, double radius) {
            Vec3 axis = to.minus(from).normalized();
            Vec3 u = new Vec3(0, 0, 1).minus(axis.times(axis.z())).normalized(); // the front
            Vec3 w = axis.cross(u);
            int vertices = AROUND * RINGS + 2;
            float[] positions = new float[vertices * 3];
            float[] normals = new float[vertices * 3];
            int v = 0;
            for (int r = 0; r < RINGS; r++) {
                Vec3 centre = from.plus(to.minus(from).times(r / (RINGS - 1.0)));
                for (int a = 0; a < AROUND; a++) {
                    double angle = 2 * Math.PI * a / AROUND;
                    Vec3 out = u.times(Math.cos(angle)).plus(w.times(Math.sin(angle)));
                    put(positions, normals, v++, centre.plus(out.times(radius)), out);
                }
            }
            put(positions, normals, v++, from, axis.times(-1));
            put(positions, normals, v, to, axis);
            int[] indices = new int[(RINGS - 1) * AROUND * 6 + 2 * AROUND * 3];
            int i = 0;
            for (int r = 0; r < RINGS - 1; r++) {
                for (int a = 0; a < AROUND; a++) {
                    int p = r * AROUND + a, q = r * AROUND + (a + 1) % AROUND;
                    int[] quad = {p, q, q + AROUND, p, q + AROUND, p + AROUND};
                    System.arraycopy(quad, 0, indices, i, 6);
                    i += 6;
                }
            }
            int bottom = AROUND * RINGS, top = bottom + 1, last = (RINGS - 1) * AROUND;
            for (int a = 0; a < AROUND; a++) {
                int[] caps = {bottom, (a + 1) % AROUND, a, top, last + a, last + (a + 1) % AROUND};
                System.arraycopy(caps, 0, indices, i, 6);
                i += 6;
            }
            return new Mesh(positions, normals, indices);
        }

        private static void put(float[] positions, float[] normals, int v, Vec3 p, Vec3 n) {
            positions[3 * v] = (float) p.x();
            positions[3 * v + 1] = (float) p.y();
            positions[3 * v + 2] = (float) p.z();
            normals[3 * v] = (float) n.x();
            normals[3 * v + 1] = (float) n.y();
            normals[3 * v + 2] = (float) n.z();
        }
    }
}
