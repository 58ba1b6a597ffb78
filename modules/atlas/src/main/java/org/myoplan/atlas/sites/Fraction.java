package org.myoplan.atlas.sites;

import java.util.Locale;

/**
 * Where along the line from landmark a (0) to landmark b (1) a source puts a site: one value, or a zone
 * from one value to another that is drawn as a zone, never reduced to a point. {@code text} is the value
 * as the reference file writes it ("0.30-0.60"), kept so that nothing is re-rounded on the way to the user.
 */
public record Fraction(double from, double to, String text) {

    public Fraction {
        if (!(from >= 0 && to <= 1 && from <= to)) {
            throw new IllegalArgumentException("a fraction lies within 0..1 with its ends in order, not " + text);
        }
    }

    /** A single value along the line. */
    public static Fraction point(double value, String text) {
        return new Fraction(value, value, text);
    }

    /** A zone along the line; drawn as a zone. */
    public static Fraction zone(double from, double to, String text) {
        return new Fraction(from, to, text);
    }

    public boolean isZone() {
        return to > from;
    }

    /** The middle of a zone, or the value itself. */
    public double middle() {
        return (from + to) / 2;
    }

    /** "43.8%" or "30–60%", as a guide would print it: the source's own digits, as percent. */
    public String percentText() {
        return isZone() ? percent(from) + "\u2013" + percent(to) + "%" : percent(from) + "%";
    }

    private static String percent(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value * 100);
        return text.replaceAll("\\.?0+$", "");
    }
}
