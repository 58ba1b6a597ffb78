package org.myoplan.atlas.bodyparts3d;

import java.util.Arrays;

/**
 * Quadric error edge-collapse simplification (M. Garland and P. Heckbert, "Surface Simplification Using
 * Quadric Error Metrics", SIGGRAPH 1997). Each vertex carries the sum of the squared-distance quadrics of
 * the planes of its original triangles; the edge whose collapse to its best point adds the least error
 * goes first, from a heap, until the mesh has the target number of triangles.
 *
 * <p>What this implementation adds to keep BodyParts3D meshes drawable: a collapse is refused when it
 * would break a closed 2-manifold (the two ends of the edge must share exactly the two vertices opposite
 * it: the "link condition"), when it would fold a triangle over (its normal turning by more than about
 * 70 degrees) or leave it without area, and when a vertex lies on an open edge (open borders stay as they
 * are). A small term in the squared edge length breaks ties on flat parts in favour of short edges, so
 * flat regions do not grow slivers. No Java library for this is kept up for the platform (meshoptimizer
 * is C with native bindings), hence this class; QuadricSimplifierTest checks it.
 */
final class QuadricSimplifier {

    /** Triangles that no collapse takes below: a tetrahedron is the smallest closed mesh. */
    static final int MIN_TRIANGLES = 4;
    private static final double MIN_NORMAL_COSINE = 0.35;
    private static final double EDGE_LENGTH_WEIGHT = 1e-4;

    /** A simplified mesh: xyz positions and counter-clockwise triangles. */
    record Result(float[] positions, int[] triangles) {

        int triangleCount() {
            return triangles.length / 3;
        }
    }

    private final double[] pos;
    private final double[] quadric;
    private final int[] tri;
    private final boolean[] triAlive;
    private final boolean[] vertexAlive;
    private final boolean[] border;
    private final int[] stamp;
    private final int[][] vertexTriangles;
    private final int[] vertexTriangleCount;
    private final Heap heap = new Heap();
    private int aliveTriangles;

    private QuadricSimplifier(float[] positions, int[] triangles) {
        int vertices = positions.length / 3;
        pos = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            pos[i] = positions[i];
        }
        tri = triangles.clone();
        triAlive = new boolean[tri.length / 3];
        Arrays.fill(triAlive, true);
        aliveTriangles = triAlive.length;
        vertexAlive = new boolean[vertices];
        stamp = new int[vertices];
        quadric = new double[10 * vertices];
        vertexTriangleCount = new int[vertices];
        for (int corner : tri) {
            vertexTriangleCount[corner]++;
        }
        vertexTriangles = new int[vertices][];
        for (int v = 0; v < vertices; v++) {
            vertexTriangles[v] = new int[Math.max(4, vertexTriangleCount[v])];
            vertexAlive[v] = vertexTriangleCount[v] > 0;
            vertexTriangleCount[v] = 0;
        }
        for (int t = 0; t < triAlive.length; t++) {
            for (int c = 0; c < 3; c++) {
                int v = tri[3 * t + c];
                vertexTriangles[v][vertexTriangleCount[v]++] = t;
            }
            addPlaneQuadric(t);
        }
        border = borderVertices(tri, vertices);
    }

    /**
     * The mesh with at most {@code targetTriangles} triangles where collapses allow it (never below
     * {@link #MIN_TRIANGLES}); a mesh already within the target comes back as it is, compacted.
     */
    static Result simplify(float[] positions, int[] triangles, int targetTriangles) {
        QuadricSimplifier s = new QuadricSimplifier(positions, triangles);
        s.run(Math.max(MIN_TRIANGLES, targetTriangles));
        return s.result();
    }

    private void run(int target) {
        if (aliveTriangles <= target) {
            return;
        }
        for (int t = 0; t < triAlive.length; t++) {
            for (int c = 0; c < 3; c++) {
                int a = tri[3 * t + c], b = tri[3 * t + (c + 1) % 3];
                if (a < b) {
                    pushEdge(a, b);
                }
            }
        }
        double[] best = new double[3];
        while (aliveTriangles > target && !heap.isEmpty()) {
            int entry = heap.popMin();
            int u = heap.u[entry], v = heap.v[entry];
            if (!vertexAlive[u] || !vertexAlive[v] || stamp[u] != heap.stampU[entry]
                    || stamp[v] != heap.stampV[entry]) {
                continue;
            }
            bestPoint(u, v, best);
            if (canCollapse(u, v, best)) {
                collapse(u, v, best);
            }
        }
    }

    private void pushEdge(int a, int b) {
        if (border[a] || border[b]) {
            return;
        }
        double[] p = new double[3];
        double cost = bestPoint(a, b, p);
        heap.push(cost, a, b, stamp[a], stamp[b]);
    }

    /** The point the edge collapses to, written into {@code p}; returns the error it adds. */
    private double bestPoint(int a, int b, double[] p) {
        double[] q = new double[10];
        for (int i = 0; i < 10; i++) {
            q[i] = quadric[10 * a + i] + quadric[10 * b + i];
        }
        // q = [xx xy xz x yy yz y zz z c]: the symmetric 4x4 matrix's upper triangle
        double a00 = q[0], a01 = q[1], a02 = q[2], a11 = q[4], a12 = q[5], a22 = q[7];
        double b0 = q[3], b1 = q[6], b2 = q[8];
        double det = a00 * (a11 * a22 - a12 * a12) - a01 * (a01 * a22 - a12 * a02) + a02 * (a01 * a12 - a11 * a02);
        double ex = pos[3 * b] - pos[3 * a], ey = pos[3 * b + 1] - pos[3 * a + 1], ez = pos[3 * b + 2] - pos[3 * a + 2];
        double length2 = ex * ex + ey * ey + ez * ez;
        double scale = a00 + a11 + a22;
        boolean solved = false;
        if (Math.abs(det) > 1e-9 * scale * scale * scale && scale > 0) {
            double inv = 1 / det;
            p[0] = -inv * (b0 * (a11 * a22 - a12 * a12) - a01 * (b1 * a22 - a12 * b2) + a02 * (b1 * a12 - a11 * b2));
            p[1] = -inv * (a00 * (b1 * a22 - b2 * a12) - b0 * (a01 * a22 - a12 * a02) + a02 * (a01 * b2 - b1 * a02));
            p[2] = -inv * (a00 * (a11 * b2 - a12 * b1) - a01 * (a01 * b2 - b1 * a02) + b0 * (a01 * a12 - a11 * a02));
            double mx = p[0] - (pos[3 * a] + pos[3 * b]) / 2, my = p[1] - (pos[3 * a + 1] + pos[3 * b + 1]) / 2;
            double mz = p[2] - (pos[3 * a + 2] + pos[3 * b + 2]) / 2;
            solved = mx * mx + my * my + mz * mz <= length2; // an ill-conditioned solve can land far away
        }
        if (!solved) {
            double bestCost = Double.MAX_VALUE;
            for (double f : new double[] {0, 0.5, 1}) {
                double x = pos[3 * a] + f * ex, y = pos[3 * a + 1] + f * ey, z = pos[3 * a + 2] + f * ez;
                double cost = error(q, x, y, z);
                if (cost < bestCost) {
                    bestCost = cost;
                    p[0] = x;
                    p[1] = y;
                    p[2] = z;
                }
            }
        }
        return Math.max(0, error(q, p[0], p[1], p[2])) + EDGE_LENGTH_WEIGHT * length2;
    }

    private static double error(double[] q, double x, double y, double z) {
        return q[0] * x * x + 2 * q[1] * x * y + 2 * q[2] * x * z + 2 * q[3] * x + q[4] * y * y + 2 * q[5] * y * z
                + 2 * q[6] * y + q[7] * z * z + 2 * q[8] * z + q[9];
    }

    private boolean canCollapse(int u, int v, double[] p) {
        if (aliveTriangles - 2 < MIN_TRIANGLES) {
            return false;
        }
        int shared = 0;
        int[] opposite = new int[2];
        for (int i = 0; i < vertexTriangleCount[u]; i++) {
            int t = vertexTriangles[u][i];
            if (triAlive[t] && contains(t, u) && contains(t, v)) {
                if (shared == 2) {
                    return false;
                }
                opposite[shared++] = third(t, u, v);
            }
        }
        if (shared != 2 || opposite[0] == opposite[1]) {
            return false;
        }
        if (commonNeighbours(u, v) != 2) {
            return false;
        }
        return keepsOrientation(u, v, p) && keepsOrientation(v, u, p);
    }

    /** The number of vertices joined by an edge to both u and v. */
    private int commonNeighbours(int u, int v) {
        int[] nu = neighbours(u);
        int[] nv = neighbours(v);
        int common = 0;
        for (int a : nu) {
            for (int b : nv) {
                if (a == b) {
                    common++;
                    break;
                }
            }
        }
        return common;
    }

    private int[] neighbours(int v) {
        int[] result = new int[2 * vertexTriangleCount[v]];
        int n = 0;
        for (int i = 0; i < vertexTriangleCount[v]; i++) {
            int t = vertexTriangles[v][i];
            if (!triAlive[t] || !contains(t, v)) {
                continue;
            }
            for (int c = 0; c < 3; c++) {
                int w = tri[3 * t + c];
                if (w != v && indexOf(result, n, w) < 0) {
                    result[n++] = w;
                }
            }
        }
        return Arrays.copyOf(result, n);
    }

    /** Whether moving {@code moving} to p keeps every triangle around it (but those on the edge) facing as before. */
    private boolean keepsOrientation(int moving, int other, double[] p) {
        for (int i = 0; i < vertexTriangleCount[moving]; i++) {
            int t = vertexTriangles[moving][i];
            if (!triAlive[t] || !contains(t, moving) || contains(t, other)) {
                continue;
            }
            double[] before = normal(t, -1, null);
            double[] after = normal(t, moving, p);
            double lb = Math.sqrt(dot(before, before)), la = Math.sqrt(dot(after, after));
            if (la <= 1e-12 * Math.max(lb, 1e-30) || dot(before, after) < MIN_NORMAL_COSINE * lb * la) {
                return false;
            }
        }
        return true;
    }

    private double[] normal(int t, int moved, double[] p) {
        double[][] c = new double[3][];
        for (int k = 0; k < 3; k++) {
            int w = tri[3 * t + k];
            c[k] = w == moved ? p : new double[] {pos[3 * w], pos[3 * w + 1], pos[3 * w + 2]};
        }
        double ux = c[1][0] - c[0][0], uy = c[1][1] - c[0][1], uz = c[1][2] - c[0][2];
        double vx = c[2][0] - c[0][0], vy = c[2][1] - c[0][1], vz = c[2][2] - c[0][2];
        return new double[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
    }

    private void collapse(int u, int v, double[] p) {
        pos[3 * u] = p[0];
        pos[3 * u + 1] = p[1];
        pos[3 * u + 2] = p[2];
        for (int i = 0; i < 10; i++) {
            quadric[10 * u + i] += quadric[10 * v + i];
        }
        for (int i = 0; i < vertexTriangleCount[v]; i++) {
            int t = vertexTriangles[v][i];
            if (!triAlive[t] || !contains(t, v)) {
                continue;
            }
            if (contains(t, u)) {
                triAlive[t] = false;
                aliveTriangles--;
            } else {
                for (int c = 0; c < 3; c++) {
                    if (tri[3 * t + c] == v) {
                        tri[3 * t + c] = u;
                    }
                }
                addTriangle(u, t);
            }
        }
        vertexAlive[v] = false;
        compactTriangles(u);
        stamp[u]++;
        for (int w : neighbours(u)) {
            pushEdge(Math.min(u, w), Math.max(u, w));
        }
    }

    private void addTriangle(int v, int t) {
        if (vertexTriangleCount[v] == vertexTriangles[v].length) {
            vertexTriangles[v] = Arrays.copyOf(vertexTriangles[v], 2 * vertexTriangles[v].length);
        }
        vertexTriangles[v][vertexTriangleCount[v]++] = t;
    }

    /** Drops the dead triangles from a vertex's list, so the lists stay short. */
    private void compactTriangles(int v) {
        int n = 0;
        for (int i = 0; i < vertexTriangleCount[v]; i++) {
            int t = vertexTriangles[v][i];
            if (triAlive[t] && contains(t, v)) {
                vertexTriangles[v][n++] = t;
            }
        }
        vertexTriangleCount[v] = n;
    }

    private boolean contains(int t, int v) {
        return tri[3 * t] == v || tri[3 * t + 1] == v || tri[3 * t + 2] == v;
    }

    private int third(int t, int a, int b) {
        for (int c = 0; c < 3; c++) {
            int w = tri[3 * t + c];
            if (w != a && w != b) {
                return w;
            }
        }
        throw new IllegalStateException("a degenerate triangle");
    }

    private void addPlaneQuadric(int t) {
        int a = tri[3 * t], b = tri[3 * t + 1], c = tri[3 * t + 2];
        double[] n = normal(t, -1, null);
        double length = Math.sqrt(dot(n, n));
        if (length == 0) {
            return;
        }
        double nx = n[0] / length, ny = n[1] / length, nz = n[2] / length;
        double d = -(nx * pos[3 * a] + ny * pos[3 * a + 1] + nz * pos[3 * a + 2]);
        double[] plane = {nx * nx, nx * ny, nx * nz, nx * d, ny * ny, ny * nz, ny * d, nz * nz, nz * d, d * d};
        for (int v : new int[] {a, b, c}) {
            for (int i = 0; i < 10; i++) {
                quadric[10 * v + i] += plane[i];
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static int indexOf(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Vertices on an edge that does not have exactly one triangle on each side. */
    private static boolean[] borderVertices(int[] triangles, int vertices) {
        long[] edges = new long[triangles.length];
        for (int t = 0; t < triangles.length; t += 3) {
            for (int c = 0; c < 3; c++) {
                int a = triangles[t + c], b = triangles[t + (c + 1) % 3];
                edges[t + c] = (long) Math.min(a, b) << 32 | Math.max(a, b);
            }
        }
        Arrays.sort(edges);
        boolean[] border = new boolean[vertices];
        int i = 0;
        while (i < edges.length) {
            int j = i;
            while (j < edges.length && edges[j] == edges[i]) {
                j++;
            }
            if (j - i != 2) {
                border[(int) (edges[i] >>> 32)] = true;
                border[(int) edges[i]] = true;
            }
            i = j;
        }
        return border;
    }

    private Result result() {
        int[] newIndex = new int[vertexAlive.length];
        Arrays.fill(newIndex, -1);
        int[] triangles = new int[3 * aliveTriangles];
        int n = 0, vertices = 0;
        float[] positions = new float[pos.length];
        for (int t = 0; t < triAlive.length; t++) {
            if (!triAlive[t]) {
                continue;
            }
            for (int c = 0; c < 3; c++) {
                int v = tri[3 * t + c];
                if (newIndex[v] < 0) {
                    newIndex[v] = vertices;
                    positions[3 * vertices] = (float) pos[3 * v];
                    positions[3 * vertices + 1] = (float) pos[3 * v + 1];
                    positions[3 * vertices + 2] = (float) pos[3 * v + 2];
                    vertices++;
                }
                triangles[n++] = newIndex[v];
            }
        }
        return new Result(Arrays.copyOf(positions, 3 * vertices), triangles);
    }

    /** A binary min-heap of candidate collapses in parallel arrays; stale entries are skipped when popped. */
    private static final class Heap {
        private double[] cost = new double[1024];
        private int[] order = new int[1024];
        int[] u = new int[1024];
        int[] v = new int[1024];
        int[] stampU = new int[1024];
        int[] stampV = new int[1024];
        private int entries;
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void push(double c, int a, int b, int sa, int sb) {
            if (entries == u.length) {
                int n = 2 * entries;
                cost = Arrays.copyOf(cost, n);
                u = Arrays.copyOf(u, n);
                v = Arrays.copyOf(v, n);
                stampU = Arrays.copyOf(stampU, n);
                stampV = Arrays.copyOf(stampV, n);
            }
            if (size == order.length) {
                order = Arrays.copyOf(order, 2 * size);
            }
            int e = entries++;
            cost[e] = c;
            u[e] = a;
            v[e] = b;
            stampU[e] = sa;
            stampV[e] = sb;
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (cost[order[parent]] <= c) {
                    break;
                }
                order[i] = order[parent];
                i = parent;
            }
            order[i] = e;
        }

        /** The entry with the least cost; its slot is not reused (entries only grow), so reading it stays valid. */
        int popMin() {
            int top = order[0];
            int last = order[--size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && cost[order[child + 1]] < cost[order[child]]) {
                    child++;
                }
                if (cost[order[child]] >= cost[last]) {
                    break;
                }
                order[i] = order[child];
                i = child;
            }
            if (size > 0) {
                order[i] = last;
            }
            return top;
        }
    }
}
