package org.myoplan.atlas.bodyparts3d;

import java.util.Arrays;
import java.util.List;
import org.myoplan.atlas.geometry.Mesh;

/**
 * A triangle surface as the import handles it before it becomes an atlas mesh: positions (xyz in the
 * frame and units of the step that made it) and counter-clockwise triangles. With the checks the import
 * makes: closed, outward, its area and bounds.
 */
record Surface(float[] positions, int[] triangles) {

    int vertexCount() {
        return positions.length / 3;
    }

    int triangleCount() {
        return triangles.length / 3;
    }

    /**
     * Whether the surface is closed: every edge has as many triangles running along it one way as the other
     * (so it has no hole and a consistent winding). Nearly every edge has exactly two; BodyParts3D has a few
     * edges where two sheets of one surface touch, with four.
     */
    boolean isClosed() {
        if (triangles.length == 0) {
            return false;
        }
        long[] directed = new long[triangles.length];
        for (int t = 0; t < triangles.length; t += 3) {
            for (int c = 0; c < 3; c++) {
                directed[t + c] = (long) triangles[t + c] << 32 | triangles[t + (c + 1) % 3];
            }
        }
        Arrays.sort(directed);
        int i = 0;
        while (i < directed.length) {
            int j = run(directed, i);
            long reverse = (directed[i] & 0xffffffffL) << 32 | directed[i] >>> 32;
            int at = Arrays.binarySearch(directed, reverse);
            if (at < 0) {
                return false;
            }
            while (at > 0 && directed[at - 1] == reverse) {
                at--;
            }
            if (run(directed, at) - at != j - i) {
                return false;
            }
            i = j;
        }
        return true;
    }

    /** The end of the run of equal values that starts at {@code i}. */
    private static int run(long[] sorted, int i) {
        int j = i;
        while (j < sorted.length && sorted[j] == sorted[i]) {
            j++;
        }
        return j;
    }

    /** The enclosed volume; positive when the triangles wind counter-clockwise seen from outside (normals outward). */
    double signedVolume() {
        double sum = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            sum += tetrahedron(t);
        }
        return sum;
    }

    /** The signed volume of the tetrahedron of triangle {@code t} (its first index) and the origin. */
    private double tetrahedron(int t) {
        int a = 3 * triangles[t], b = 3 * triangles[t + 1], c = 3 * triangles[t + 2];
        double ax = positions[a], ay = positions[a + 1], az = positions[a + 2];
        double bx = positions[b], by = positions[b + 1], bz = positions[b + 2];
        double cx = positions[c], cy = positions[c + 1], cz = positions[c + 2];
        return (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6;
    }

    double area() {
        double sum = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            int a = 3 * triangles[t], b = 3 * triangles[t + 1], c = 3 * triangles[t + 2];
            double ux = positions[b] - positions[a], uy = positions[b + 1] - positions[a + 1], uz = positions[b
                    + 2] - positions[a + 2];
            double vx = positions[c] - positions[a], vy = positions[c + 1] - positions[a + 1], vz = positions[c
                    + 2] - positions[a + 2];
            double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
            sum += Math.sqrt(nx * nx + ny * ny + nz * nz) / 2;
        }
        return sum;
    }

    /** min x, y, z then max x, y, z. */
    float[] bounds() {
        return Mesh.bounds(positions);
    }

    /** The x of the bounding box's centre: which side of the body's midline the surface lies on. */
    double centreX() {
        float[] b = bounds();
        return (b[0] + b[3]) / 2.0;
    }

    /** The same surface without the vertices no triangle uses. */
    Surface compacted() {
        int[] index = new int[vertexCount()];
        Arrays.fill(index, -1);
        float[] p = new float[positions.length];
        int[] t = new int[triangles.length];
        int n = 0;
        for (int i = 0; i < triangles.length; i++) {
            int v = triangles[i];
            if (index[v] < 0) {
                System.arraycopy(positions, 3 * v, p, 3 * n, 3);
                index[v] = n++;
            }
            t[i] = index[v];
        }
        return n == vertexCount() ? this : new Surface(Arrays.copyOf(p, 3 * n), t);
    }

    /** The same surface with the winding reversed (normals turned the other way). */
    Surface flipped() {
        int[] t = triangles.clone();
        for (int i = 0; i < t.length; i += 3) {
            int swap = t[i + 1];
            t[i + 1] = t[i + 2];
            t[i + 2] = swap;
        }
        return new Surface(positions, t);
    }

    /** Several surfaces as one (the parts of a muscle). */
    static Surface join(List<Surface> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int vertices = parts.stream().mapToInt(Surface::vertexCount).sum();
        int indices = parts.stream().mapToInt(s -> s.triangles.length).sum();
        float[] p = new float[3 * vertices];
        int[] t = new int[indices];
        int v = 0, i = 0;
        for (Surface part : parts) {
            System.arraycopy(part.positions, 0, p, 3 * v, part.positions.length);
            for (int index : part.triangles) {
                t[i++] = index + v;
            }
            v += part.vertexCount();
        }
        return new Surface(p, t);
    }
}
