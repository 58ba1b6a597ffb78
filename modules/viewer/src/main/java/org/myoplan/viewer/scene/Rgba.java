package org.myoplan.viewer.scene;

/** A colour with opacity, each channel in 0..1, as the shaders take it. */
public record Rgba(float r, float g, float b, float a) {

    public Rgba {
        check(r, "red");
        check(g, "green");
        check(b, "blue");
        check(a, "alpha");
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
