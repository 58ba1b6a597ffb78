package org.myoplan.atlas.geometry;

/** Vertex normals as the area-weighted average of the faces around each vertex. */
public final class Normals {

    private Normals() {
    }

    public static float[] smooth(float[] positions, int[] indices) {
        double[] sum = new double[positions.length];
        for (int t = 0; t < indices.length; t += 3) {
            int a = 3 * indices[t], b = 3 * indices[t + 1], c = 3 * indices[t + 2];
            double ux = positions[b] - positions[a], uy = positions[b + 1] - positions[a + 1],
                    uz = positions[b + 2] - positions[a + 2];
            double vx = positions[c] - positions[a], vy = positions[c + 1] - positions[a + 1],
                    vz = positions[c + 2] - positions[a + 2];
            double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx; // twice the area, outward
            for (int corner : new int[] {a, b, c}) {
                sum[corner] += nx;
                sum[corner + 1] += ny;
                sum[corner + 2] += nz;
            }
        }
        float[] normals = new float[positions.length];
        for (int i = 0; i < sum.length; i += 3) {
            double length = Math.sqrt(sum[i] * sum[i] + sum[i + 1] * sum[i + 1] + sum[i + 2] * sum[i + 2]);
            if (length > 0) {
                normals[i] = (float) (sum[i] / length);
                normals[i + 1] = (float) (sum[i + 1] / length);
                normals[i + 2] = (float) (sum[i + 2] / length);
            } else {
                normals[i + 1] = 1f; // an unused vertex: any unit vector
            }
        }
        return normals;
    }
}
