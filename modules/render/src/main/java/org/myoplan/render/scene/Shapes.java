package org.myoplan.render.scene;

/**
 * Closed, outward-facing primitive meshes built procedurally. Used for the figure shown until an
 * anatomy model is loaded, and by tests that need known geometry.
 */
public final class Shapes {

    private Shapes() {
    }

    /**
     * A capsule (a cylinder with hemispherical caps) from point a to point b.
     *
     * @param slices segments around the axis
     * @param capStacks rings in each hemispherical cap
     */
    public static SceneMesh capsule(String id, float[] a, float[] b, float radius, int slices, int capStacks,
            Rgba colour) {
        float[] axis = sub(b, a);
        float length = norm(axis);
        if (length == 0f) {
            throw new IllegalArgumentException(id + ": the two ends of a capsule must differ");
        }
        float[] w = scale(axis, 1f / length);
        float[] u = normalize(cross(Math.abs(w[1]) < 0.9f ? new float[] {0, 1, 0} : new float[] {1, 0, 0}, w));
        float[] v = cross(w, u);

        // Rings run from the pole at a, through the two cap equators, to the pole at b.
        int rings = 2 * capStacks + 2;
        float[] positions = new float[rings * (slices + 1) * 3];
        float[] normals = new float[positions.length];
        int n = 0;
        for (int ring = 0; ring < rings; ring++) {
            boolean lowerCap = ring <= capStacks;
            int capRing = lowerCap ? ring : ring - 1;
            double phi = Math.PI * capRing / (2 * capStacks) - Math.PI / 2; // -pi/2 at a's pole .. pi/2 at b's
            float[] centre = lowerCap ? a : b;
            float axial = (float) Math.sin(phi);
            float radial = (float) Math.cos(phi);
            for (int s = 0; s <= slices; s++) {
                double theta = 2 * Math.PI * s / slices;
                float cos = (float) Math.cos(theta), sin = (float) Math.sin(theta);
                for (int k = 0; k < 3; k++) {
                    float normal = radial * (cos * u[k] + sin * v[k]) + axial * w[k];
                    normals[n + k] = normal;
                    positions[n + k] = centre[k] + radius * normal;
                }
                n += 3;
            }
        }
        int[] indices = gridIndices(rings, slices);
        return new SceneMesh(id, positions, normals, indices, colour);
    }

    /** A sphere, as a capsule whose two ends almost meet. */
    public static SceneMesh sphere(String id, float[] centre, float radius, int slices, Rgba colour) {
        float[] a = centre.clone();
        float[] b = centre.clone();
        a[1] -= radius * 1e-3f;
        b[1] += radius * 1e-3f;
        return capsule(id, a, b, radius, slices, slices / 2, colour);
    }

    /** Triangles between consecutive rings, skipping the zero-area ones at the two poles. */
    private static int[] gridIndices(int rings, int slices) {
        int stride = slices + 1;
        int[] indices = new int[(rings - 1) * slices * 6 - 2 * slices * 3];
        int i = 0;
        for (int ring = 0; ring < rings - 1; ring++) {
            for (int s = 0; s < slices; s++) {
                int p0 = ring * stride + s, p1 = p0 + 1, q0 = p0 + stride, q1 = q0 + 1;
                if (ring > 0) {
                    indices[i++] = p0;
                    indices[i++] = p1;
                    indices[i++] = q1;
                }
                if (ring < rings - 2) {
                    indices[i++] = p0;
                    indices[i++] = q1;
                    indices[i++] = q0;
                }
            }
        }
        return indices;
    }

    private static float[] sub(float[] p, float[] q) {
        return new float[] {p[0] - q[0], p[1] - q[1], p[2] - q[2]};
    }

    private static float[] scale(float[] p, float f) {
        return new float[] {p[0] * f, p[1] * f, p[2] * f};
    }

    private static float[] cross(float[] p, float[] q) {
        return new float[] {p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]};
    }

    private static float norm(float[] p) {
        return (float) Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
    }

    private static float[] normalize(float[] p) {
        return scale(p, 1f / norm(p));
    }
}
