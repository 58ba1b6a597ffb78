package org.myoplan.atlas;

import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.model.Side;

/** A part of the coarse skin envelope; side is null for the midline. */
public record SkinPart(String id, Side side, String name, Mesh mesh) {

    public String key() {
        return "skin." + (side == null ? id : id + "." + side.keySuffix());
    }
}
