package org.myoplan.atlas.landmarks;

import java.util.List;
import java.util.Optional;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;

/**
 * The surface rule: from a point along a direction, the outermost surface the atlas has there. Each vertex
 * of every mesh within a distance of the ray counts; the point is on the ray at the furthest one's depth, so
 * it stays on the line the rule names (the middle of a crease) rather than on a vertex beside it. Meshes
 * whose bounding box the ray does not come near are skipped (most of them).
 */
final class OutermostSurface {

    private final List<Mesh> meshes;
    private final List<float[]> boxes;

    OutermostSurface(List<Mesh> meshes) {
        this.meshes = List.copyOf(meshes);
        this.boxes = meshes.stream().map(Mesh::bounds).toList();
    }

    Optional<Vec3> from(Vec3 from, Vec3 direction, double within) {
        Vec3 d = direction.normalized();
        double depth = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < meshes.size(); i++) {
            if (nearRay(boxes.get(i), from, d, within)) {
                depth = Math.max(depth, depth(meshes.get(i), from, d, within));
            }
        }
        return depth > 0 ? Optional.of(from.plus(d.times(depth))) : Optional.empty();
    }

    private static double depth(Mesh mesh, Vec3 from, Vec3 d, double within) {
        double depth = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < mesh.vertexCount(); v++) {
            double dx = mesh.x(v) - from.x(), dy = mesh.y(v) - from.y(), dz = mesh.z(v) - from.z();
            double along = dx * d.x() + dy * d.y() + dz * d.z();
            double across2 = dx * dx + dy * dy + dz * dz - along * along;
            if (along > 0 && across2 <= within * within && along > depth) {
                depth = along;
            }
        }
        return depth;
    }

    /** Whether the ray meets the box grown by {@code within} (the slab test). */
    private static boolean nearRay(float[] box, Vec3 from, Vec3 d, double within) {
        double[] o = {from.x(), from.y(), from.z()};
        double[] dir = {d.x(), d.y(), d.z()};
        double near = 0, far = Double.POSITIVE_INFINITY;
        for (int axis = 0; axis < 3; axis++) {
            double lo = box[axis] - within, hi = box[axis + 3] + within;
            if (dir[axis] == 0) {
                if (o[axis] < lo || o[axis] > hi) {
                    return false;
                }
                continue;
            }
            double t1 = (lo - o[axis]) / dir[axis], t2 = (hi - o[axis]) / dir[axis];
            near = Math.max(near, Math.min(t1, t2));
            far = Math.min(far, Math.max(t1, t2));
        }
        return near <= far;
    }
}
