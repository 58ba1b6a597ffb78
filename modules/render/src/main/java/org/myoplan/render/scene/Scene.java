package org.myoplan.render.scene;

import java.util.List;

/** What the 3D View draws: an immutable list of meshes, with the sphere that bounds them. */
public record Scene(List<SceneMesh> meshes) {

    public Scene {
        meshes = List.copyOf(meshes);
    }

    public int triangleCount() {
        return meshes.stream().mapToInt(SceneMesh::triangleCount).sum();
    }

    /** The centre and radius of a sphere around every vertex (box centre; good enough to frame the camera). */
    public Bounds bounds() {
        return bounds(mesh -> true);
    }

    /** The bounding sphere of the meshes that pass the filter (of everything when none does). */
    public Bounds bounds(java.util.function.Predicate<SceneMesh> filter) {
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (SceneMesh mesh : meshes) {
            if (!filter.test(mesh)) {
                continue;
            }
            float[] p = mesh.positions();
            for (int i = 0; i < p.length; i += 3) {
                for (int axis = 0; axis < 3; axis++) {
                    min[axis] = Math.min(min[axis], p[i + axis]);
                    max[axis] = Math.max(max[axis], p[i + axis]);
                }
            }
        }
        if (min[0] > max[0]) {
            return meshes.isEmpty() ? new Bounds(0, 0, 0, 1) : bounds();
        }
        float cx = (min[0] + max[0]) / 2, cy = (min[1] + max[1]) / 2, cz = (min[2] + max[2]) / 2;
        float dx = max[0] - cx, dy = max[1] - cy, dz = max[2] - cz;
        return new Bounds(cx, cy, cz, (float) Math.sqrt(dx * dx + dy * dy + dz * dz));
    }

    /** A bounding sphere. */
    public record Bounds(float x, float y, float z, float radius) {
    }
}
