package org.myoplan.atlas.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a closed tube along a smooth path: a Catmull-Rom curve through the path points, elliptical
 * rings whose size follows a {@link Shape}, and a pointed cap at each end. The result is a closed
 * 2-manifold (every edge shared by exactly two triangles) facing outward, with smooth vertex normals.
 */
public final class TubeBuilder {

    private final int slices;
    private final int rings;

    /**
     * @param slices vertices around each ring
     * @param rings rings along the path
     */
    public TubeBuilder(int slices, int rings) {
        if (slices < 3 || rings < 2) {
            throw new IllegalArgumentException("a tube needs at least 3 slices and 2 rings");
        }
        this.slices = slices;
        this.rings = rings;
    }

    /**
     * @param path the points the tube passes through, at least two, not all at one place
     * @param halfWidth the largest half-size across, along {@code across}
     * @param halfThickness the largest half-size in the other direction (equal to halfWidth for round)
     * @param across the direction the width lies in (any direction for round muscles); may be null
     */
    public Mesh build(List<Vec3> path, double halfWidth, double halfThickness, Vec3 across, Shape shape) {
        List<Vec3> centres = resample(path, rings);
        List<Vec3> tangents = tangents(centres);
        float[] positions = new float[(rings * slices + 2) * 3];
        int vertex = 0;
        Vec3 previousA = null;
        for (int i = 0; i < rings; i++) {
            Vec3 t = tangents.get(i);
            Vec3 a = frame(t, across, previousA);
            Vec3 b = t.cross(a);
            previousA = a;
            double size = shape.profile((double) i / (rings - 1));
            for (int k = 0; k < slices; k++) {
                double theta = 2 * Math.PI * k / slices;
                Vec3 p = centres.get(i).plus(a.times(Math.cos(theta) * halfWidth * size))
                        .plus(b.times(Math.sin(theta) * halfThickness * size));
                vertex = put(positions, vertex, p);
            }
        }
        double capLength = 0.6 * Math.min(halfWidth, halfThickness) * Math.max(shape.profile(0), 0.3);
        int start = vertex;
        vertex = put(positions, vertex, centres.get(0).minus(tangents.get(0).times(capLength)));
        int end = vertex;
        put(positions, vertex, centres.get(rings - 1).plus(tangents.get(rings - 1).times(capLength)));
        int[] indices = triangles(start, end);
        return new Mesh(positions, Normals.smooth(positions, indices), indices);
    }

    private int[] triangles(int startApex, int endApex) {
        int[] idx = new int[((rings - 1) * slices * 2 + 2 * slices) * 3];
        int n = 0;
        for (int i = 0; i < rings - 1; i++) {
            for (int k = 0; k < slices; k++) {
                int p0 = i * slices + k, p1 = i * slices + (k + 1) % slices;
                int q0 = p0 + slices, q1 = p1 + slices;
                n = tri(idx, n, p0, p1, q1);
                n = tri(idx, n, p0, q1, q0);
            }
        }
        int last = (rings - 1) * slices;
        for (int k = 0; k < slices; k++) {
            n = tri(idx, n, startApex, (k + 1) % slices, k);
            n = tri(idx, n, endApex, last + k, last + (k + 1) % slices);
        }
        return idx;
    }

    /** The width direction at a ring: the wanted one made perpendicular to the path, else carried along. */
    private static Vec3 frame(Vec3 tangent, Vec3 across, Vec3 previous) {
        for (Vec3 candidate : new Vec3[] {across, previous, new Vec3(0, 0, 1), new Vec3(1, 0, 0)}) {
            if (candidate == null) {
                continue;
            }
            Vec3 perpendicular = candidate.minus(tangent.times(candidate.dot(tangent)));
            if (perpendicular.length() > 1e-3) {
                Vec3 a = perpendicular.normalized();
                return previous != null && a.dot(previous) < 0 ? a.times(-1) : a;
            }
        }
        throw new IllegalStateException("no direction perpendicular to the path");
    }

    /** Points evenly spaced by arc length along a Catmull-Rom curve through the path. */
    static List<Vec3> resample(List<Vec3> path, int count) {
        if (path.size() < 2) {
            throw new IllegalArgumentException("a path needs at least two points");
        }
        List<Vec3> dense = new ArrayList<>();
        for (int segment = 0; segment < path.size() - 1; segment++) {
            Vec3 p0 = path.get(Math.max(0, segment - 1)), p1 = path.get(segment);
            Vec3 p2 = path.get(segment + 1), p3 = path.get(Math.min(path.size() - 1, segment + 2));
            for (int step = 0; step < 32; step++) {
                dense.add(catmullRom(p0, p1, p2, p3, step / 32.0));
            }
        }
        dense.add(path.get(path.size() - 1));
        double[] lengths = new double[dense.size()];
        for (int i = 1; i < dense.size(); i++) {
            lengths[i] = lengths[i - 1] + dense.get(i).distance(dense.get(i - 1));
        }
        double total = lengths[lengths.length - 1];
        if (total < 1e-4) {
            throw new IllegalArgumentException("the path's points are all at one place");
        }
        List<Vec3> result = new ArrayList<>();
        int j = 1;
        for (int i = 0; i < count; i++) {
            double target = total * i / (count - 1);
            while (j < lengths.length - 1 && lengths[j] < target) {
                j++;
            }
            double span = lengths[j] - lengths[j - 1];
            double f = span == 0 ? 0 : (target - lengths[j - 1]) / span;
            result.add(dense.get(j - 1).plus(dense.get(j).minus(dense.get(j - 1)).times(Math.max(0, Math.min(1, f)))));
        }
        return result;
    }

    private static Vec3 catmullRom(Vec3 p0, Vec3 p1, Vec3 p2, Vec3 p3, double t) {
        double t2 = t * t, t3 = t2 * t;
        return p1.times(2).plus(p2.minus(p0).times(t))
                .plus(p0.times(2).minus(p1.times(5)).plus(p2.times(4)).minus(p3).times(t2))
                .plus(p1.times(3).minus(p0).minus(p2.times(3)).plus(p3).times(t3)).times(0.5);
    }

    private static List<Vec3> tangents(List<Vec3> centres) {
        List<Vec3> tangents = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            Vec3 before = centres.get(Math.max(0, i - 1)), after = centres.get(Math.min(centres.size() - 1, i + 1));
            tangents.add(after.minus(before).normalized());
        }
        return tangents;
    }

    private static int put(float[] positions, int vertex, Vec3 p) {
        positions[3 * vertex] = (float) p.x();
        positions[3 * vertex + 1] = (float) p.y();
        positions[3 * vertex + 2] = (float) p.z();
        return vertex + 1;
    }

    private static int tri(int[] idx, int n, int a, int b, int c) {
        idx[n] = a;
        idx[n + 1] = b;
        idx[n + 2] = c;
        return n + 3;
    }
}
