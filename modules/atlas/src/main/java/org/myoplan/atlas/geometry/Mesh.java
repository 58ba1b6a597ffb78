package org.myoplan.atlas.geometry;

import java.util.Arrays;
import java.util.List;

/**
 * An indexed triangle mesh: xyz positions, unit vertex normals, counter-clockwise triangles seen from
 * outside. Immutable: the arrays are copied in and out.
 */
public final class Mesh {

    private final float[] positions;
    private final float[] normals;
    private final int[] indices;

    public Mesh(float[] positions, float[] normals, int[] indices) {
        if (positions.length % 3 != 0 || normals.length != positions.length || indices.length % 3 != 0) {
            throw new IllegalArgumentException("positions and normals must be xyz triples of equal count; indices "
                    + "whole triangles");
        }
        int vertices = positions.length / 3;
        for (int index : indices) {
            if (index < 0 || index >= vertices) {
                throw new IllegalArgumentException("index " + index + " outside 0.." + (vertices - 1));
            }
        }
        this.positions = positions.clone();
        this.normals = normals.clone();
        this.indices = indices.clone();
    }

    public float[] positions() {
        return positions.clone();
    }

    public float[] normals() {
        return normals.clone();
    }

    public int[] indices() {
        return indices.clone();
    }

    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }

    /** Reads a vertex position without copying the whole array. */
    public float x(int vertex) {
        return positions[3 * vertex];
    }

    public float y(int vertex) {
        return positions[3 * vertex + 1];
    }

    public float z(int vertex) {
        return positions[3 * vertex + 2];
    }

    /** The vertex index of corner 0, 1 or 2 of a triangle. */
    public int corner(int triangle, int corner) {
        return indices[3 * triangle + corner];
    }

    /** The centre of the mesh's bounding box. */
    public Vec3 centre() {
        float[] b = bounds();
        return new Vec3((b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2);
    }

    /**
     * A point inside the mesh near its middle: just beneath the surface vertex nearest the vertices'
     * average. (The average itself can lie outside a curved muscle, e.g. the sartorius.)
     */
    public Vec3 interiorPoint() {
        double cx = 0, cy = 0, cz = 0;
        int n = vertexCount();
        for (int v = 0; v < n; v++) {
            cx += x(v);
            cy += y(v);
            cz += z(v);
        }
        Vec3 average = new Vec3(cx / n, cy / n, cz / n);
        int nearest = 0;
        double best = Double.MAX_VALUE;
        for (int v = 0; v < n; v++) {
            double d = new Vec3(x(v), y(v), z(v)).distance(average);
            if (d < best) {
                best = d;
                nearest = v;
            }
        }
        Vec3 surface = new Vec3(x(nearest), y(nearest), z(nearest));
        Vec3 inward = new Vec3(-normals[3 * nearest], -normals[3 * nearest + 1], -normals[3 * nearest + 2]);
        return surface.plus(inward.times(Math.min(0.002, Math.max(best, 1e-4))));
    }

    /** min x, y, z then max x, y, z. */
    public float[] bounds() {
        return bounds(positions);
    }

    /** The bounding box of packed positions (x, y, z per vertex): min x, y, z then max x, y, z. */
    public static float[] bounds(float[] positions) {
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE,
                -Float.MAX_VALUE};
        for (int i = 0; i < positions.length; i += 3) {
            for (int axis = 0; axis < 3; axis++) {
                b[axis] = Math.min(b[axis], positions[i + axis]);
                b[axis + 3] = Math.max(b[axis + 3], positions[i + axis]);
            }
        }
        return b;
    }

    /** The same mesh mirrored in X (left for right), with the winding reversed so it still faces outward. */
    public Mesh mirroredX() {
        float[] p = positions.clone();
        float[] n = normals.clone();
        for (int i = 0; i < p.length; i += 3) {
            p[i] = -p[i];
            n[i] = -n[i];
        }
        int[] idx = indices.clone();
        for (int t = 0; t < idx.length; t += 3) {
            int swap = idx[t + 1];
            idx[t + 1] = idx[t + 2];
            idx[t + 2] = swap;
        }
        return new Mesh(p, n, idx);
    }

    /** Several meshes as one (e.g. the heads of a muscle). */
    public static Mesh join(List<Mesh> parts) {
        int vertices = parts.stream().mapToInt(Mesh::vertexCount).sum();
        int triangles = parts.stream().mapToInt(Mesh::triangleCount).sum();
        float[] p = new float[vertices * 3];
        float[] n = new float[vertices * 3];
        int[] idx = new int[triangles * 3];
        int v = 0, t = 0;
        for (Mesh part : parts) {
            System.arraycopy(part.positions, 0, p, v * 3, part.positions.length);
            System.arraycopy(part.normals, 0, n, v * 3, part.normals.length);
            for (int index : part.indices) {
                idx[t++] = index + v;
            }
            v += part.vertexCount();
        }
        return new Mesh(p, n, idx);
    }

    @Override
    public String toString() {
        return "Mesh[" + vertexCount() + " vertices, " + triangleCount() + " triangles, bounds "
                + Arrays.toString(bounds()) + "]";
    }
}
