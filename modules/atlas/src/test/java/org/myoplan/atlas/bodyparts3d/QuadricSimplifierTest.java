package org.myoplan.atlas.bodyparts3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class QuadricSimplifierTest {

    @Test
    void theTestSphereIsClosedAndOutward() {
        Surface sphere = Shapes.sphere(10, 4, 0, 0, 0);
        assertEquals(5120, sphere.triangleCount());
        assertTrue(sphere.isClosed());
        assertEquals(4.0 / 3 * Math.PI * 1000, sphere.signedVolume(), 60);
    }

    @Test
    void aSphereKeepsItsShapeClosedAndOutwardAtATenthOfItsTriangles() {
        Surface sphere = Shapes.sphere(10, 4, 5, -3, 2);
        Surface simple = simplify(sphere, 512);
        assertTrue(simple.triangleCount() <= 512 && simple.triangleCount() >= 480, simple.triangleCount()
                + " triangles");
        assertTrue(simple.isClosed(), "closed");
        assertEquals(sphere.signedVolume(), simple.signedVolume(), 0.05 * sphere.signedVolume(), "volume within 5 %");
        float[] p = simple.positions();
        for (int i = 0; i < p.length; i += 3) {
            double r = Math.sqrt(Math.pow(p[i] - 5, 2) + Math.pow(p[i + 1] + 3, 2) + Math.pow(p[i + 2] - 2, 2));
            assertEquals(10, r, 0.3, "every vertex stays on the sphere");
        }
        assertEquals(0, flippedTriangles(simple), "no triangle turned inward");
    }

    @Test
    void aTorusKeepsItsHoleDownToAFewTriangles() {
        Surface torus = Shapes.torus(10, 3, 60, 30);
        for (int target : new int[] {1000, 200, 60}) {
            Surface simple = simplify(torus, target);
            assertTrue(simple.isClosed(), "closed at " + target);
            int edges = simple.triangleCount() * 3 / 2;
            assertEquals(0, simple.vertexCount() - edges + simple.triangleCount(),
                    "Euler characteristic of a torus at " + target);
            assertTrue(simple.signedVolume() > 0, "outward at " + target);
        }
    }

    @Test
    void aMeshWithinItsTargetComesBackWhole() {
        Surface sphere = Shapes.sphere(1, 2, 0, 0, 0);
        Surface same = simplify(sphere, 10_000);
        assertEquals(sphere.triangleCount(), same.triangleCount());
        assertEquals(sphere.vertexCount(), same.vertexCount());
    }

    @Test
    void nothingGoesBelowATetrahedron() {
        Surface simple = simplify(Shapes.sphere(1, 2, 0, 0, 0), 1);
        assertTrue(simple.triangleCount() >= QuadricSimplifier.MIN_TRIANGLES);
        assertTrue(simple.isClosed());
    }

    @Test
    void anOpenBorderStaysWhereItIs() {
        Surface sphere = Shapes.sphere(10, 3, 0, 0, 0);
        int[] t = sphere.triangles();
        int[] cut = new int[t.length];
        int n = 0;
        float[] p = sphere.positions();
        for (int i = 0; i < t.length; i += 3) {
            if (p[3 * t[i] + 2] + p[3 * t[i + 1] + 2] + p[3 * t[i + 2] + 2] < 15) { // drop a cap: a hole
                System.arraycopy(t, i, cut, n, 3);
                n += 3;
            }
        }
        Surface open = new Surface(p, Arrays.copyOf(cut, n));
        assertTrue(!open.isClosed());
        Set<String> border = borderPoints(open);
        Surface simple = simplify(open, open.triangleCount() / 4);
        assertTrue(simple.triangleCount() < open.triangleCount() / 2);
        assertTrue(border.size() > 10);
        assertEquals(border, borderPoints(simple), "the open border keeps its vertices where they were");
    }

    /** The positions of the vertices on edges with a single triangle. */
    private static Set<String> borderPoints(Surface s) {
        Map<Long, Integer> edges = new HashMap<>();
        int[] t = s.triangles();
        for (int i = 0; i < t.length; i += 3) {
            for (int c = 0; c < 3; c++) {
                int a = t[i + c], b = t[i + (c + 1) % 3];
                edges.merge((long) Math.min(a, b) << 32 | Math.max(a, b), 1, Integer::sum);
            }
        }
        float[] p = s.positions();
        Set<String> points = new TreeSet<>();
        edges.forEach((edge, count) -> {
            if (count == 1) {
                for (int v : new int[] {(int) (edge >>> 32), (int) (long) edge}) {
                    points.add(p[3 * v] + "," + p[3 * v + 1] + "," + p[3 * v + 2]);
                }
            }
        });
        return points;
    }

    private static int flippedTriangles(Surface s) {
        float[] p = s.positions();
        int[] t = s.triangles();
        int flipped = 0;
        for (int i = 0; i < t.length; i += 3) {
            int a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
            double ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
            double vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
            double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
            double mx = (p[a] + p[b] + p[c]) / 3 - 5, my = (p[a + 1] + p[b + 1] + p[c + 1]) / 3 + 3;
            double mz = (p[a + 2] + p[b + 2] + p[c + 2]) / 3 - 2;
            flipped += nx * mx + ny * my + nz * mz <= 0 ? 1 : 0;
        }
        return flipped;
    }

    private static Surface simplify(Surface s, int target) {
        QuadricSimplifier.Result r = QuadricSimplifier.simplify(s.positions(), s.triangles(), target);
        return new Surface(r.positions(), r.triangles());
    }
}
