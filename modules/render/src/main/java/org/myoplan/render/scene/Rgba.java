package org.myoplan.render.scene;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/** A colour with opacity, each channel in 0..1, as the shaders take it. */
public record Rgba(float r, float g, float b, float a) {

    public Rgba {
        check(r, "red");
        check(g, "green");
        check(b, "blue");
        check(a, "alpha");
    }

    public static Rgba of(Color colour) {
        return new Rgba(colour.getRed() / 255f, colour.getGreen() / 255f, colour.getBlue() / 255f,
                colour.getAlpha() / 255f);
    }

    /** Each colour of a map converted, keys kept. */
    public static Map<String, Rgba> of(Map<String, Color> colours) {
        Map<String, Rgba> result = new HashMap<>();
        colours.forEach((key, colour) -> result.put(key, of(colour)));
        return result;
    }

    public static Rgba opaque(float r, float g, float b) {
        return new Rgba(r, g, b, 1f);
    }

    public boolean isOpaque() {
        return a >= 1f;
    }

    private static void check(float channel, String name) {
        if (!(channel >= 0f && channel <= 1f)) {
            throw new IllegalArgumentException(name + " must lie in 0..1, was " + channel);
        }
    }
}
