package org.myoplan.render.scene;

import java.util.ArrayList;
import java.util.List;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.SkinPart;
import org.myoplan.atlas.geometry.Mesh;

/**
 * The atlas as a scene: one mesh per muscle (its id is the muscle's key, e.g. "biceps_brachii.left"),
 * per bone and per skin part. Muscles are shades of muscle red, a little different from their
 * neighbours so that borders show, and darker the deeper they lie.
 */
public final class AtlasScene {

    private static final Rgba BONE = Rgba.opaque(0.93f, 0.90f, 0.82f);
    private static final Rgba SKIN = Rgba.opaque(0.96f, 0.80f, 0.70f);

    private AtlasScene() {
    }

    public static Scene of(Atlas atlas) {
        List<SceneMesh> meshes = new ArrayList<>();
        for (Bone bone : atlas.bones()) {
            meshes.add(mesh("bone." + bone.key(), bone.mesh(), BONE, Layer.BONES));
        }
        for (Muscle muscle : atlas.muscles()) {
            meshes.add(mesh(muscle.key(), muscle.mesh(), colourOf(muscle), layerOf(muscle)));
        }
        for (SkinPart part : atlas.skin()) {
            meshes.add(mesh(part.key(), part.mesh(), SKIN, Layer.SKIN));
        }
        return new Scene(meshes);
    }

    public static Layer layerOf(Muscle muscle) {
        return switch (muscle.layer()) {
            case SUPERFICIAL -> Layer.SUPERFICIAL_MUSCLES;
            case INTERMEDIATE -> Layer.INTERMEDIATE_MUSCLES;
            case DEEP -> Layer.DEEP_MUSCLES;
        };
    }

    /** Muscle red, varied per muscle id (both sides alike), darker with depth. */
    static Rgba colourOf(Muscle muscle) {
        int hash = muscle.id().hashCode();
        float variation = ((hash & 0xff) / 255f - 0.5f) * 0.16f;
        float depth = switch (muscle.layer()) {
            case SUPERFICIAL -> 1f;
            case INTERMEDIATE -> 0.88f;
            case DEEP -> 0.76f;
        };
        return Rgba.opaque(clamp((0.78f + variation) * depth), clamp((0.30f + variation * 0.8f) * depth),
                clamp((0.28f - variation * 0.5f) * depth));
    }

    private static SceneMesh mesh(String id, Mesh mesh, Rgba colour, Layer layer) {
        return new SceneMesh(id, mesh.positions(), mesh.normals(), mesh.indices(), colour, layer);
    }

    private static float clamp(float value) {
        return Math.max(0f, Math.min(1f, value));
    }
}
