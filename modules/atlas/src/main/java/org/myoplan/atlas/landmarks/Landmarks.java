package org.myoplan.atlas.landmarks;

import java.util.List;
import java.util.Optional;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

/**
 * The landmarks of one atlas, located in its frame (metres, Y up, Z anterior, X the body's left). The
 * vocabulary is the same for every atlas; where a landmark lies depends on the atlas's bones.
 */
public interface Landmarks {

    /** Every landmark this atlas knows, located or not, in a stable order. */
    List<Landmark> vocabulary();

    /** The landmark with this id, if the vocabulary has it. */
    default Optional<Landmark> landmark(String id) {
        return vocabulary().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * Where the landmark lies on this side of this atlas; empty when the id is unknown or the atlas
     * cannot place it (a bone it lacks). The side is ignored for a midline landmark.
     */
    Optional<Vec3> locate(String id, Side side);
}
