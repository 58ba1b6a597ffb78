package org.myoplan.atlas.sites;

import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.sites.PointDescription.Direction;
import org.myoplan.model.Side;

/**
 * A reference line placed on one side of an atlas, with the two directions across it named in the
 * patient's frame. Of the atlas's axes (Z anterior, X the body's left, Y up) the one most nearly along the
 * line is dropped; the other two, made square to the line, are the directions an offset is measured in
 * (anterior before medial/lateral before proximal/superior), so an arm line has anterior and medial
 * offsets and a collarbone line anterior and superior ones.
 */
final class LineFrame {

    private static final Vec3[] AXES = {new Vec3(0, 0, 1), new Vec3(1, 0, 0), new Vec3(0, 1, 0)};

    final Vec3 from;
    final Vec3 along;
    final double length;
    final Vec3[] across = new Vec3[2];
    final Direction[] positive = new Direction[2];
    final Direction[] negative = new Direction[2];

    LineFrame(Vec3 from, Vec3 to, Side side, boolean limb) {
        this.from = from;
        this.length = to.distance(from);
        this.along = to.minus(from).normalized();
        int dropped = mostAlong(along);
        int n = 0;
        for (int i = 0; i < AXES.length; i++) {
            if (i != dropped) {
                Vec3 axis = AXES[i].minus(along.times(AXES[i].dot(along)));
                if (n == 1) {
                    axis = axis.minus(across[0].times(axis.dot(across[0])));
                }
                across[n] = axis.normalized();
                positive[n] = word(i, true, side, limb);
                negative[n] = word(i, false, side, limb);
                n++;
            }
        }
    }

    private static int mostAlong(Vec3 direction) {
        int best = 0;
        for (int i = 1; i < AXES.length; i++) {
            if (Math.abs(AXES[i].dot(direction)) > Math.abs(AXES[best].dot(direction))) {
                best = i;
            }
        }
        return best;
    }

    /** +X is the body's left: medial for a right-side point, lateral for a left-side one. */
    private static Direction word(int axis, boolean plus, Side side, boolean limb) {
        return switch (axis) {
            case 0 -> plus ? Direction.ANTERIOR : Direction.POSTERIOR;
            case 1 -> plus == (side == Side.RIGHT) ? Direction.MEDIAL : Direction.LATERAL;
            default -> limb ? (plus ? Direction.PROXIMAL : Direction.DISTAL)
                    : (plus ? Direction.SUPERIOR : Direction.INFERIOR);
        };
    }

    /** How far along the line a point lies, as a fraction of its length (may be below 0 or above 1). */
    double fraction(Vec3 p) {
        return p.minus(from).dot(along) / length;
    }

    /** The distance from a point to the line's segment, to choose the nearest line. */
    double distanceToSegment(Vec3 p) {
        double t = Math.max(0, Math.min(1, fraction(p)));
        return p.distance(from.plus(along.times(t * length)));
    }

    /** The unit vector of a direction across this line; zero for one it does not measure in (along it). */
    Vec3 direction(Direction word) {
        for (int i = 0; i < 2; i++) {
            if (word == positive[i] || word == negative[i]) {
                return across[i].times(word == positive[i] ? 1 : -1);
            }
        }
        return Vec3.ZERO;
    }

    /** The point's signed distance beside the line along {@code across[i]}, metres on the atlas. */
    double beside(Vec3 p, int i) {
        return p.minus(from).dot(across[i]);
    }
}
