package org.myoplan.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static final Rgba GREY = Rgba.opaque(0.5f, 0.5f, 0.5f);

    @Test
    void capsuleIsClosedWithOutwardFacesAndNoDegenerateTriangles() {
        SceneMesh capsule = Shapes.capsule("c", new float[] {0, 0, 0}, new float[] {0.2f, 1, 0.1f}, 0.1f, 16, 4, GREY);
        assertClosed(capsule);
        assertTrue(signedVolume(capsule) > 0, "outward winding gives a positive volume");
        float[] centre = {0.1f, 0.5f, 0.05f};
        for (int t = 0; t < capsule.triangleCount(); t++) {
            float[] n = faceNormal(capsule, t);
            assertTrue(length(n) > 1e-9, "triangle " + t + " has an area");
            float[] p = vertex(capsule, capsule.indices()[3 * t]);
            float[] out = {p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]};
            assertTrue(dot(n, out) > 0, "triangle " + t + " faces away from the centre");
        }
    }

    @Test
    void capsuleVolumeMatchesTheFormula() {
        float r = 0.1f, length = 1f;
        SceneMesh capsule = Shapes.capsule("c", new float[] {0, 0, 0}, new float[] {0, length, 0}, r, 64, 16, GREY);
        double expected = Math.PI * r * r * length + 4.0 / 3 * Math.PI * r * r * r;
        assertEquals(expected, signedVolume(capsule), expected * 0.02);
    }

    @Test
    void mannequinStandsOnTheFloorAtAdultHeight() {
        Scene.Bounds bounds = Mannequin.scene().bounds();
        float top = bounds.y() + bounds.radius();
        assertTrue(top > 1.7f, "the head reaches about 1.75 m");
        Mannequin.scene().meshes().forEach(ShapesTest::assertClosed);
    }

    @Test
    void meshRejectsIndicesOutsideItsVertices() {
        assertThrows(IllegalArgumentException.class,
                () -> new SceneMesh("bad", new float[9], new float[9], new int[] {0, 1, 3}, GREY));
    }

    static void assertClosed(SceneMesh mesh) {
        Map<Long, Integer> directedEdges = new HashMap<>();
        int[] idx = mesh.indices();
        for (int t = 0; t < idx.length; t += 3) {
            for (int k = 0; k < 3; k++) {
                int a = idx[t + k], b = idx[t + (k + 1) % 3];
                directedEdges.merge(key(weld(mesh, a), weld(mesh, b)), 1, Integer::sum);
            }
        }
        directedEdges.forEach((edge, count) -> {
            assertEquals(1, count, mesh.id() + ": each directed edge is used once");
            Long reverse = key((int) (edge & 0xffffffffL), (int) (edge >>> 32));
            assertEquals(1, directedEdges.getOrDefault(reverse, 0), mesh.id() + ": each edge has a twin");
        });
    }

    /** The seam and pole vertices repeat positions; compare edges by position. */
    private static int weld(SceneMesh mesh, int index) {
        float[] p = vertex(mesh, index);
        for (int i = 0; i < mesh.vertexCount(); i++) {
            float[] q = vertex(mesh, i);
            if (Math.abs(p[0] - q[0]) < 1e-6 && Math.abs(p[1] - q[1]) < 1e-6 && Math.abs(p[2] - q[2]) < 1e-6) {
                return i;
            }
        }
        return index;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static double signedVolume(SceneMesh mesh) {
        double volume = 0;
        int[] idx = mesh.indices();
        for (int t = 0; t < idx.length; t += 3) {
            float[] a = vertex(mesh, idx[t]), b = vertex(mesh, idx[t + 1]), c = vertex(mesh, idx[t + 2]);
            volume += dot(a, cross(b, c)) / 6.0;
        }
        return volume;
    }

    private static float[] faceNormal(SceneMesh mesh, int t) {
        int[] idx = mesh.indices();
        float[] a = vertex(mesh, idx[3 * t]), b = vertex(mesh, idx[3 * t + 1]), c = vertex(mesh, idx[3 * t + 2]);
        return cross(new float[] {b[0] - a[0], b[1] - a[1], b[2] - a[2]},
                new float[] {c[0] - a[0], c[1] - a[1], c[2] - a[2]});
    }

    private static float[] vertex(SceneMesh mesh, int i) {
        float[] p = mesh.positions();
        return new float[] {p[3 * i], p[3 * i + 1], p[3 * i + 2]};
    }

    private static float[] cross(float[] p, float[] q) {
        return new float[] {p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]};
    }

    private static double dot(float[] p, float[] q) {
        return (double) p[0] * q[0] + (double) p[1] * q[1] + (double) p[2] * q[2];
    }

    private static double length(float[] p) {
        return Math.sqrt(dot(p, p));
    }
}
