package org.myoplan.render.scene;

import java.util.List;
import java.util.function.Predicate;

/** What the 3D View draws: an immutable list of meshes, with the sphere that bounds them. */
public record Scene(List<SceneMesh> meshes) {

    public Scene {
        meshes = List.copyOf(meshes);
    }

    public int triangleCount() {
        return meshes.stream().mapToInt(SceneMesh::triangleCount).sum();
    }

    /** The box around every vertex. */
    public Bounds bounds() {
        return bounds(mesh -> true);
    }

    /** The box around the meshes that pass the filter (around everything when none does). */
    public Bounds bounds(Predicate<SceneMesh> filter) {
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
            return meshes.isEmpty() ? new Bounds(0, 0, 0, 0.5f, 0.5f, 0.5f) : bounds();
        }
        float cx = (min[0] + max[0]) / 2, cy = (min[1] + max[1]) / 2, cz = (min[2] + max[2]) / 2;
        float dx = max[0] - cx, dy = max[1] - cy, dz = max[2] - cz;
        return new Bounds(cx, cy, cz, dx, dy, dz);
    }

    /** A bounding box: its centre and half its size along each axis. */
    public record Bounds(float x, float y, float z, float halfX, float halfY, float halfZ) {

        /** The radius of the sphere around the box. */
        public float radius() {
            return (float) Math.sqrt(halfX * halfX + halfY * halfY + halfZ * halfZ);
        }

        /** The box grown by a distance on every side. */
        public Bounds grownBy(float margin) {
            return new Bounds(x, y, z, halfX + margin, halfY + margin, halfZ + margin);
        }

        /** The box that holds both. */
        public Bounds union(Bounds other) {
            float minX = Math.min(x - halfX, other.x - other.halfX), maxX = Math.max(x + halfX, other.x + other.halfX);
            float minY = Math.min(y - halfY, other.y - other.halfY), maxY = Math.max(y + halfY, other.y + other.halfY);
            float minZ = Math.min(z - halfZ, other.z - other.halfZ), maxZ = Math.max(z + halfZ, other.z + other.halfZ);
            return new Bounds((minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2,
                    (maxX - minX) / 2, (maxY - minY) / 2, (maxZ - minZ) / 2);
        }

        /** The eight corners, as x, y, z triples. */
        public float[][] corners() {
            float[][] corners = new float[8][];
            for (int i = 0; i < 8; i++) {
                corners[i] = new float[] {x + ((i & 1) == 0 ? -halfX : halfX), y + ((i & 2) == 0 ? -halfY : halfY),
                    z + ((i & 4) == 0 ? -halfZ : halfZ)};
            }
            return corners;
        }
    }
}
