package org.myoplan.model;

/** A planned injection site on a muscle's surface, in the atlas' frame (metres). */
public record InjectionPoint(double x, double y, double z) {

    public InjectionPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("An injection point needs a finite position");
        }
    }
}
