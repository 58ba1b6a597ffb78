package org.myoplan.atlas.sites;

import java.util.List;
import java.util.Objects;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

/**
 * A suggested site put on one side's muscle of an atlas, or the reason it cannot be: then the site is shown
 * as text only. A point site has one point; a zone has three, its first end, its middle and its last end
 * (in the order of the fraction, from landmark a's side), all on the muscle's surface.
 *
 * @param points the placed points on the muscle's surface (atlas frame), empty when not placed
 * @param lineFrom where landmark a lies on this atlas, or null when not placed
 * @param lineTo the line's far end on this atlas (the nearest point of a far line), or null when not placed
 * @param distanceFromLine metres from the point on the landmark line to the placed point (the middle one of a
 *        zone): how far the muscle lies from the straight line the source measured along; 0 when not placed
 * @param whyNot in words, why the site is not placed ("the atlas cannot locate the elbow crease"); empty when
 *        placed
 */
public record SitePlacement(SuggestedSite site, Side side, List<Vec3> points, Vec3 lineFrom, Vec3 lineTo,
        double distanceFromLine, String whyNot) {

    public SitePlacement {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(whyNot, "whyNot");
        points = List.copyOf(points);
        if (points.isEmpty() == whyNot.isEmpty()) {
            throw new IllegalArgumentException("a site is either placed or has a reason why not");
        }
    }

    static SitePlacement notPlaced(SuggestedSite site, Side side, String why) {
        return new SitePlacement(site, side, List.of(), null, null, 0, why);
    }

    public boolean placed() {
        return !points.isEmpty();
    }

    /** Whether the site is a zone along the line, to be drawn as a zone (its two ends and its middle). */
    public boolean isZone() {
        return points.size() == 3;
    }

    /** The site's point, or a zone's middle: where a marker or a new injection point goes. */
    public Vec3 point() {
        if (!placed()) {
            throw new IllegalStateException("not placed: " + whyNot);
        }
        return points.get(points.size() / 2);
    }
}
