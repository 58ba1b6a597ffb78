package org.myoplan.render.scene;

import java.util.Objects;

/** A point drawn on the model, such as an injection site: a small sphere at a position in metres. */
public record Marker(float x, float y, float z, Rgba colour) {

    public static Marker of(double x, double y, double z, java.awt.Color colour) {
        return new Marker((float) x, (float) y, (float) z, Rgba.of(colour));
    }

    public Marker {
        Objects.requireNonNull(colour, "colour");
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(z)) {
            throw new IllegalArgumentException("a marker needs a finite position");
        }
    }
}
