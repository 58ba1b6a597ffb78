package org.myoplan.atlas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;

/**
 * Finds what a ray from the eye hits first, on the CPU, over a bounding volume hierarchy of every
 * muscle's and bone's triangles (on software rendering this is far cheaper than asking the GPU).
 * Bones stop the ray: a muscle behind a bone is not picked through it. Thread-safe once built.
 */
public final class RayPicker {

    /** What was hit: a muscle (empty when a bone was hit first), where, and how far along the ray. */
    public record Hit(Optional<Muscle> muscle, Vec3 point, Vec3 normal, double distance) {
    }

    private static final int LEAF_SIZE = 4;
    private static final int BONE = -1;

    private final List<Muscle> muscles;
    private final float[] vertices; // 9 floats a triangle
    private final int[] owners;     // muscle index, or BONE
    private final int[] order;      // triangle indices, grouped by leaf
    private final List<float[]> nodeBounds = new ArrayList<>();
    private final List<int[]> nodes = new ArrayList<>(); // {left, right} or {-start-1, count}

    public RayPicker(Atlas atlas) {
        muscles = atlas.muscles();
        int triangles = muscles.stream().mapToInt(m -> m.mesh().triangleCount()).sum()
                + atlas.bones().stream().mapToInt(b -> b.mesh().triangleCount()).sum();
        vertices = new float[triangles * 9];
        owners = new int[triangles];
        int t = 0;
        for (int i = 0; i < muscles.size(); i++) {
            t = add(muscles.get(i).mesh(), i, t);
        }
        for (Bone bone : atlas.bones()) {
            t = add(bone.mesh(), BONE, t);
        }
        order = new int[triangles];
        for (int i = 0; i < triangles; i++) {
            order[i] = i;
        }
        build(0, triangles);
    }

    public int triangleCount() {
        return owners.length;
    }

    /** The first shown muscle the ray hits, bones hidden (they do not stop the ray). */
    public Optional<Hit> pick(Vec3 origin, Vec3 direction, Predicate<Muscle> shown) {
        return pick(origin, direction, shown, false);
    }

    /**
     * The first muscle or bone the ray hits among those shown.
     *
     * @param shown which muscles can be hit (hidden ones are passed through)
     * @param bonesShown whether bones are shown, and so stop the ray
     */
    public Optional<Hit> pick(Vec3 origin, Vec3 direction, Predicate<Muscle> shown, boolean bonesShown) {
        return trace(origin, direction.normalized(), owner -> owner == BONE ? bonesShown
                : shown.test(muscles.get(owner)));
    }

    /** Where the ray meets one muscle's surface, whatever lies in front of it (placing an injection point). */
    public Optional<Vec3> surfacePoint(Muscle muscle, Vec3 origin, Vec3 direction) {
        int wanted = muscles.indexOf(muscle);
        return trace(origin, direction.normalized(), owner -> owner == wanted).map(Hit::point);
    }

    private Optional<Hit> trace(Vec3 origin, Vec3 dir, IntPredicate owned) {
        double[] o = {origin.x(), origin.y(), origin.z()};
        double[] d = {dir.x(), dir.y(), dir.z()};
        double[] inverse = {1 / d[0], 1 / d[1], 1 / d[2]};
        double best = Double.POSITIVE_INFINITY;
        int bestTriangle = -1;
        int[] stack = new int[128];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (!hitsBox(nodeBounds.get(node), o, inverse, best)) {
                continue;
            }
            int[] n = nodes.get(node);
            if (n[0] < 0) {
                for (int i = -n[0] - 1, end = i + n[1]; i < end; i++) {
                    int triangle = order[i];
                    if (!owned.test(owners[triangle])) {
                        continue;
                    }
                    double distance = intersect(triangle, o, d);
                    if (distance < best) {
                        best = distance;
                        bestTriangle = triangle;
                    }
                }
            } else if (top + 2 <= stack.length) {
                stack[top++] = n[0];
                stack[top++] = n[1];
            }
        }
        if (bestTriangle < 0) {
            return Optional.empty();
        }
        Vec3 point = origin.plus(dir.times(best));
        Optional<Muscle> muscle = owners[bestTriangle] == BONE ? Optional.empty()
                : Optional.of(muscles.get(owners[bestTriangle]));
        return Optional.of(new Hit(muscle, point, normal(bestTriangle), best));
    }

    /** Möller-Trumbore; both faces count (a ray from inside a muscle still finds its wall). */
    private double intersect(int t, double[] o, double[] d) {
        int v = 9 * t;
        double e1x = vertices[v + 3] - vertices[v], e1y = vertices[v + 4] - vertices[v + 1],
                e1z = vertices[v + 5] - vertices[v + 2];
        double e2x = vertices[v + 6] - vertices[v], e2y = vertices[v + 7] - vertices[v + 1],
                e2z = vertices[v + 8] - vertices[v + 2];
        double px = d[1] * e2z - d[2] * e2y, py = d[2] * e2x - d[0] * e2z, pz = d[0] * e2y - d[1] * e2x;
        double det = e1x * px + e1y * py + e1z * pz;
        if (Math.abs(det) < 1e-12) {
            return Double.POSITIVE_INFINITY;
        }
        double inv = 1 / det;
        double tx = o[0] - vertices[v], ty = o[1] - vertices[v + 1], tz = o[2] - vertices[v + 2];
        double u = (tx * px + ty * py + tz * pz) * inv;
        if (u < 0 || u > 1) {
            return Double.POSITIVE_INFINITY;
        }
        double qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
        double w = (d[0] * qx + d[1] * qy + d[2] * qz) * inv;
        if (w < 0 || u + w > 1) {
            return Double.POSITIVE_INFINITY;
        }
        double distance = (e2x * qx + e2y * qy + e2z * qz) * inv;
        return distance > 1e-6 ? distance : Double.POSITIVE_INFINITY;
    }

    private Vec3 normal(int t) {
        int v = 9 * t;
        Vec3 a = new Vec3(vertices[v], vertices[v + 1], vertices[v + 2]);
        Vec3 b = new Vec3(vertices[v + 3], vertices[v + 4], vertices[v + 5]);
        Vec3 c = new Vec3(vertices[v + 6], vertices[v + 7], vertices[v + 8]);
        return b.minus(a).cross(c.minus(a)).normalized();
    }

    private static boolean hitsBox(float[] box, double[] o, double[] inverse, double limit) {
        double near = 0, far = limit;
        for (int axis = 0; axis < 3; axis++) {
            double t1 = (box[axis] - o[axis]) * inverse[axis], t2 = (box[axis + 3] - o[axis]) * inverse[axis];
            near = Math.max(near, Math.min(t1, t2));
            far = Math.min(far, Math.max(t1, t2));
            if (near > far) {
                return false;
            }
        }
        return true;
    }

    private int add(Mesh mesh, int owner, int t) {
        for (int i = 0; i < mesh.triangleCount(); i++, t++) {
            for (int k = 0; k < 3; k++) {
                int vertex = mesh.corner(i, k);
                vertices[9 * t + 3 * k] = mesh.x(vertex);
                vertices[9 * t + 3 * k + 1] = mesh.y(vertex);
                vertices[9 * t + 3 * k + 2] = mesh.z(vertex);
            }
            owners[t] = owner;
        }
        return t;
    }

    /** Builds the node for order[start, end) and returns its index: median split on the longest axis. */
    private int build(int start, int end) {
        int index = nodes.size();
        float[] box = bounds(start, end);
        nodeBounds.add(box);
        nodes.add(null);
        if (end - start <= LEAF_SIZE) {
            nodes.set(index, new int[] {-start - 1, end - start});
            return index;
        }
        int axis = 0;
        for (int a = 1; a < 3; a++) {
            if (box[a + 3] - box[a] > box[axis + 3] - box[axis]) {
                axis = a;
            }
        }
        partitionAtMiddle(start, end, axis);
        int middle = (start + end) / 2;
        int left = build(start, middle);
        int right = build(middle, end);
        nodes.set(index, new int[] {left, right});
        return index;
    }

    private float[] bounds(int start, int end) {
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE,
                -Float.MAX_VALUE};
        for (int i = start; i < end; i++) {
            int v = 9 * order[i];
            for (int k = 0; k < 9; k++) {
                int axis = k % 3;
                box[axis] = Math.min(box[axis], vertices[v + k]);
                box[axis + 3] = Math.max(box[axis + 3], vertices[v + k]);
            }
        }
        return box;
    }

    /**
     * Partitions order[start, end) about its middle by triangle centroid on an axis (quickselect):
     * the smaller half first. O(n) a level, so the whole build is O(n log n).
     */
    private void partitionAtMiddle(int start, int end, int axis) {
        int k = (start + end) / 2;
        int lo = start, hi = end - 1;
        Random random = new Random(lo * 31L + hi);
        while (lo < hi) {
            float pivot = centroid(order[lo + random.nextInt(hi - lo + 1)], axis);
            int i = lo, j = hi;
            while (i <= j) {
                while (centroid(order[i], axis) < pivot) {
                    i++;
                }
                while (centroid(order[j], axis) > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = order[i];
                    order[i++] = order[j];
                    order[j--] = swap;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private float centroid(int t, int axis) {
        return vertices[9 * t + axis] + vertices[9 * t + 3 + axis] + vertices[9 * t + 6 + axis];
    }
}
