package org.myoplan.render.scene;

import java.util.Objects;

/**
 * One drawable part of the scene: an indexed triangle mesh with per-vertex normals, one colour and the
 * layer it belongs to. The arrays are taken as they are (not copied): callers hand over freshly built
 * geometry and do not change it afterwards.
 */
public record SceneMesh(String id, float[] positions, float[] normals, int[] indices, Rgba colour, Layer layer) {

    public SceneMesh(String id, float[] positions, float[] normals, int[] indices, Rgba colour) {
        this(id, positions, normals, indices, colour, Layer.SUPERFICIAL_MUSCLES);
    }

    public SceneMesh {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(layer, "layer");
        if (positions.length % 3 != 0 || normals.length != positions.length) {
            throw new IllegalArgumentException(id + ": positions and normals must be xyz triples of equal count");
        }
        if (indices.length % 3 != 0) {
            throw new IllegalArgumentException(id + ": indices must form whole triangles");
        }
        int vertexCount = positions.length / 3;
        for (int index : indices) {
            if (index < 0 || index >= vertexCount) {
                throw new IllegalArgumentException(id + ": index " + index + " outside 0.." + (vertexCount - 1));
            }
        }
    }

    public SceneMesh inLayer(Layer newLayer) {
        return new SceneMesh(id, positions, normals, indices, colour, newLayer);
    }

    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }
}
