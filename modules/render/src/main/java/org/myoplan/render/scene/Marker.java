package org.myoplan.render.scene;

import java.awt.Color;
import java.util.Objects;

/**
 * A point drawn on the model: a position in metres, a colour, a short label and a shape that tells
 * what kind of point it is, so that a plan's own injection sites are never confused with a suggestion
 * or a landmark.
 */
public record Marker(float x, float y, float z, Rgba colour, String label, Shape shape) {

    /** What the point is, and so how it is drawn. */
    public enum Shape {
        /** A plan's injection site: a filled disc with its number inside. */
        SITE,
        /** A site suggested by a published study: a hollow diamond with its letter beside it. */
        SUGGESTED,
        /** A point of a suggested zone (a range along a landmark line): a small translucent dot. */
        ZONE,
        /** A bony or skin landmark: a small cross with its name beside it. */
        LANDMARK
    }

    public static Marker of(double x, double y, double z, Color colour) {
        return of(x, y, z, colour, "");
    }

    public static Marker of(double x, double y, double z, Color colour, String label) {
        return of(x, y, z, colour, label, Shape.SITE);
    }

    public static Marker of(double x, double y, double z, Color colour, String label, Shape shape) {
        return new Marker((float) x, (float) y, (float) z, Rgba.of(colour), label, shape);
    }

    /** An injection site (a numbered disc). */
    public Marker(float x, float y, float z, Rgba colour, String label) {
        this(x, y, z, colour, label, Shape.SITE);
    }

    public Marker {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(shape, "shape");
        label = label == null ? "" : label;
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(z)) {
            throw new IllegalArgumentException("a marker needs a finite position");
        }
    }
}
