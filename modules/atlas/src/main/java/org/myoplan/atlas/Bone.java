package org.myoplan.atlas;

import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.model.Side;

/** A bone drawn for orientation; side is null for the midline (skull, spine, rib cage, sacrum). */
public record Bone(String id, Side side, String name, Mesh mesh) {

    public String key() {
        return side == null ? id : id + "." + side.keySuffix();
    }
}
