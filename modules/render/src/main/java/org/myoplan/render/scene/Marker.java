package org.myoplan.render.scene;

import java.awt.Color;
import java.util.Objects;

/**
 * A point drawn on the model, such as an injection site: a position in metres, a colour and a short
 * label drawn inside it (the site's number within its target; empty for none).
 */
public record Marker(float x, float y, float z, Rgba colour, String label) {

    public static Marker of(double x, double y, double z, Color colour) {
        return of(x, y, z, colour, "");
    }

    public static Marker of(double x, double y, double z, Color colour, String label) {
        return new Marker((float) x, (float) y, (float) z, Rgba.of(colour), label);
    }

    public Marker {
        Objects.requireNonNull(colour, "colour");
        label = label == null ? "" : label;
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(z)) {
            throw new IllegalArgumentException("a marker needs a finite position");
        }
    }
}
