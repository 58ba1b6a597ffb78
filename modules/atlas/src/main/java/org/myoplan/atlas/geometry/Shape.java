package org.myoplan.atlas.geometry;

/**
 * How a muscle's (or bone's) cross-section changes along its path, as a fraction of its largest size:
 * fusiform muscles swell in the middle and taper to tendons; pennate ones keep their bulk longer;
 * flat ones are broad sheets; straps stay even; bones widen at their ends.
 */
public enum Shape {
    FUSIFORM(0.22, 0.75),
    PENNATE(0.3, 0.45),
    FLAT(0.4, 0.5),
    STRAP(0.6, 0.3),
    ROUND(0.25, 0.5),
    BONE(0, 0) {
        @Override
        public double profile(double s) {
            double fromEnd = Math.min(s, 1 - s);
            return fromEnd < 0.12 ? 1.0 - fromEnd * 2.2 : 0.72;
        }
    };

    private final double tendon;
    private final double exponent;

    Shape(double tendon, double exponent) {
        this.tendon = tendon;
        this.exponent = exponent;
    }

    /** The size at s (0 at the origin, 1 at the insertion), between the tendon's and 1. */
    public double profile(double s) {
        return tendon + (1 - tendon) * Math.pow(Math.sin(Math.PI * Math.max(0, Math.min(1, s))), exponent);
    }
}
