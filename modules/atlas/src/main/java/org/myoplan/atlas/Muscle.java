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
 *
 * <p>A <em>context</em> muscle is drawn so that an imported body looks whole (the BodyParts3D muscles
 * that no dosing table or pattern names, e.g. coracobrachialis): it is named on hover, selectable and
 * found by search like any other, but it has no dose reference. Its id starts with
 * {@link #CONTEXT_PREFIX} ("bp3d_coracobrachialis"), so it never collides with a dosing id; its limb may be
 * null and its layer is {@link Layer#INTERMEDIATE}.
 */
public record Muscle(String id, Side side, String displayName, List<String> synonyms, List<String> abbreviations,
        String region, Limb limb, Layer layer, String originBone, String insertionBone, Mesh mesh, String source,
        boolean context) {

    /** The start of every context muscle's id, and of no other. */
    public static final String CONTEXT_PREFIX = "bp3d_";

    public Muscle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(mesh, "mesh");
        if (context != id.startsWith(CONTEXT_PREFIX)) {
            throw new IllegalArgumentException("the id " + id + (context ? " of a context muscle must start with "
                    : " of a dosing muscle must not start with ") + CONTEXT_PREFIX);
        }
        synonyms = List.copyOf(synonyms);
        abbreviations = List.copyOf(abbreviations);
    }

    /** A muscle of the dosing tables and patterns (not context). */
    public Muscle(String id, Side side, String displayName, List<String> synonyms, List<String> abbreviations,
            String region, Limb limb, Layer layer, String originBone, String insertionBone, Mesh mesh, String source) {
        this(id, side, displayName, synonyms, abbreviations, region, limb, layer, originBone, insertionBone, mesh,
                source,
                false);
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

    /** The same muscle with another mesh and the note on where it comes from. */
    public Muscle withMesh(Mesh newMesh, String newSource) {
        return new Muscle(id, side, displayName, synonyms, abbreviations, region, limb, layer, originBone,
                insertionBone,
                newMesh, newSource, context);
    }

    public Muscle withMesh(Mesh newMesh) {
        return new Muscle(id, side, displayName, synonyms, abbreviations, region, limb, layer, originBone,
                insertionBone,
                newMesh, source, context);
    }
}
