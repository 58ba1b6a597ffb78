package org.myoplan.atlas;

import java.util.List;
import java.util.Objects;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Limb;
import org.myoplan.model.Side;

/**
 * One muscle on one side: what a clinician calls it and where it lies, and its mesh. Left and right
 * are two muscles with one id; the key tells them apart ("biceps_brachii.left").
 */
public record Muscle(String id, Side side, String displayName, List<String> synonyms, List<String> abbreviations,
        String region, Limb limb, Layer layer, String originBone, String insertionBone, Mesh mesh, String source) {

    public Muscle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(mesh, "mesh");
        synonyms = List.copyOf(synonyms);
        abbreviations = List.copyOf(abbreviations);
    }

    public String key() {
        return key(id, side);
    }

    public static String key(String id, Side side) {
        return id + "." + side.keySuffix();
    }

    /** "Biceps brachii (left)". */
    public String label() {
        return displayName + " (" + side.displayName() + ")";
    }

    /** A point inside the muscle's belly, for picking, labels and framing. */
    public Vec3 centre() {
        return mesh.interiorPoint();
    }

    public Muscle withMesh(Mesh newMesh) {
        return new Muscle(id, side, displayName, synonyms, abbreviations, region, limb, layer, originBone,
                insertionBone, newMesh, source);
    }
}
