package org.myoplan.atlas.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.landmarks.Landmarks;
import org.myoplan.model.Side;

/**
 * Puts suggested sites on the muscles of one atlas.
 *
 * <p>The method: the point at the site's fraction of the straight line from landmark a to landmark b (for a
 * zone its two ends and its middle; a far end given as a line is that line's point nearest to landmark a),
 * then brought to the muscle at that level. A straight line between two bony landmarks often runs under or
 * beside the muscle, so the nearest point of its surface can be on a deep or side face that no needle from
 * the skin reaches first; the point taken is the muscle's most superficial one there: across the line, the
 * furthest out from the nearest bone (from the bone's middle towards the muscle's). The point stays on the
 * muscle itself, also for a deep muscle: it is not projected to the skin, because the atlases' skin is a
 * schematic envelope that does not follow the imported anatomy; the row's depth says how deep it lies, and
 * the 3D View shows a deep muscle through the translucent layers above it.
 */
public final class SitePlacer {

    /** Half the width of the slab across the line where the muscle's superficial point is looked for (metres). */
    private static final double SLAB_HALF_WIDTH = 0.006;
    private static final double MAX_SLAB_HALF_WIDTH = 0.05;
    /** Far enough outside any muscle for a ray from there to meet its outermost face first (metres). */
    private static final double OUTSIDE = 0.5;
    /** Fewer surface points than this in the widest slab: the muscle barely crosses it; take the nearest point. */
    private static final int MIN_SLAB_POINTS = 6;

    private final Atlas atlas;
    private final Landmarks landmarks;

    public SitePlacer(Atlas atlas, Landmarks landmarks) {
        this.atlas = Objects.requireNonNull(atlas, "atlas");
        this.landmarks = Objects.requireNonNull(landmarks, "landmarks");
    }

    /** Each site on this side, in the given order. */
    public List<SitePlacement> place(List<SuggestedSite> sites, Side side) {
        return sites.stream().map(s -> place(s, side)).toList();
    }

    /** The site on this side's muscle, or the reason in words why it cannot be placed. */
    public SitePlacement place(SuggestedSite site, Side side) {
        Optional<String> unusable = descriptionOnly(site);
        if (unusable.isPresent()) {
            return SitePlacement.notPlaced(site, side, unusable.get());
        }
        Optional<Muscle> muscle = atlas.find(site.muscleId(), side);
        if (muscle.isEmpty()) {
            return SitePlacement.notPlaced(site, side, "the atlas has no " + site.muscleId() + " on the "
                    + side.displayName() + " side");
        }
        Optional<Vec3> a = landmarks.locate(site.landmarkA(), side);
        if (a.isEmpty()) {
            return SitePlacement.notPlaced(site, side, cannotLocate(site.landmarkA()));
        }
        Optional<Vec3> b = farEnd(site.landmarkB(), side, a.get());
        if (b.isEmpty()) {
            return SitePlacement.notPlaced(site, side, cannotLocate(site.landmarkB()));
        }
        if (a.get().distance(b.get()) < 1e-3) {
            return SitePlacement.notPlaced(site, side, "the atlas puts the " + name(site.landmarkA()) + " and the "
                    + name(site.landmarkB()) + " at the same place");
        }
        return onMuscle(site, side, muscle.get(), a.get(), b.get());
    }

    /** Why a row gives no point to place, whatever the atlas: the source's own gaps. */
    private Optional<String> descriptionOnly(SuggestedSite site) {
        if (site.fraction().isEmpty()) {
            return Optional.of("the source gives no fraction: description only");
        }
        if (site.landmarkA().isEmpty()) {
            return Optional.of("the source does not name the line's end points: description only");
        }
        if (site.landmarkB().isEmpty()) {
            return Optional.of("the source does not name the far end of the line from the " + name(site.landmarkA())
                    + ": description only");
        }
        return Optional.empty();
    }

    /** The far end: a landmark, or the point of a far line nearest to landmark a, as the source measured. */
    private Optional<Vec3> farEnd(String id, Side side, Vec3 a) {
        Optional<List<String>> line = LineLandmarks.ends(id);
        if (line.isEmpty()) {
            return landmarks.locate(id, side);
        }
        Optional<Vec3> p = landmarks.locate(line.get().get(0), side);
        Optional<Vec3> q = landmarks.locate(line.get().get(1), side);
        if (p.isEmpty() || q.isEmpty()) {
            return Optional.empty();
        }
        Vec3 along = q.get().minus(p.get());
        double t = a.minus(p.get()).dot(along) / along.dot(along);
        return Optional.of(p.get().plus(along.times(t)));
    }

    private SitePlacement onMuscle(SuggestedSite site, Side side, Muscle muscle, Vec3 a, Vec3 b) {
        Fraction f = site.fraction().orElseThrow();
        double[] fractions = f.isZone() ? new double[] {f.from(), f.middle(), f.to()} : new double[] {f.from()};
        Vec3 along = b.minus(a).normalized();
        Vec3 middleOnLine = a.plus(b.minus(a).times(f.middle()));
        Optional<Vec3> out = outward(muscle, side, middleOnLine, along); // one direction: a zone stays in line
        List<Vec3> points = new ArrayList<>();
        for (double t : fractions) {
            points.add(onSurface(muscle, a.plus(b.minus(a).times(t)), along, out));
        }
        return new SitePlacement(site, side, points, a, b, points.get(points.size() / 2).distance(middleOnLine), "");
    }

    /**
     * The muscle's most superficial point at the line point's level: met by a ray from well outside, coming
     * in against {@code out} towards the muscle's middle at that level; without a direction, or when the ray
     * misses, the nearest point of the surface.
     */
    private static Vec3 onSurface(Muscle muscle, Vec3 onLine, Vec3 along, Optional<Vec3> out) {
        Supplier<Vec3> nearest = () -> MeshPoints.nearest(List.of(muscle.mesh()), onLine).orElseThrow().point();
        if (out.isEmpty()) {
            return nearest.get();
        }
        List<Vec3> slab = slab(muscle.mesh(), onLine, along);
        if (slab.size() < MIN_SLAB_POINTS) {
            return nearest.get();
        }
        Vec3 middle = mean(slab);
        Vec3 middleHere = middle.plus(along.times(onLine.minus(middle).dot(along)));
        return MeshPoints.firstHit(muscle.mesh(), middleHere.plus(out.get().times(OUTSIDE)), out.get().times(-1))
                .orElseGet(nearest);
    }

    /**
     * Which way is out, from the skin's side, at the line point's level: across the line, from the middle of
     * the nearest bone there to the middle of the muscle (for the biceps: forwards, away from the humerus;
     * for the gastrocnemius: backwards). Empty where the muscle or the bone barely crosses that level.
     */
    private Optional<Vec3> outward(Muscle muscle, Side side, Vec3 onLine, Vec3 along) {
        List<Vec3> slab = slab(muscle.mesh(), onLine, along);
        Optional<Mesh> bone = nearestBone(side, onLine);
        if (slab.size() < MIN_SLAB_POINTS || bone.isEmpty()) {
            return Optional.empty();
        }
        List<Vec3> boneSlab = slab(bone.get(), onLine, along);
        if (boneSlab.isEmpty()) {
            return Optional.empty();
        }
        Vec3 outward = across(mean(slab).minus(mean(boneSlab)), along);
        return outward.length() < 1e-4 ? Optional.empty() : Optional.of(outward.normalized());
    }

    /** The mesh's vertices within a slab across the line at {@code at}, widened until it holds a few. */
    private static List<Vec3> slab(Mesh mesh, Vec3 at, Vec3 along) {
        List<Vec3> inside = new ArrayList<>();
        for (double half = SLAB_HALF_WIDTH; half <= MAX_SLAB_HALF_WIDTH && inside.size() < MIN_SLAB_POINTS;
                half *= 2) {
            inside.clear();
            for (int v = 0; v < mesh.vertexCount(); v++) {
                Vec3 p = new Vec3(mesh.x(v), mesh.y(v), mesh.z(v));
                if (Math.abs(p.minus(at).dot(along)) <= half) {
                    inside.add(p);
                }
            }
        }
        return inside;
    }

    private Optional<Mesh> nearestBone(Side side, Vec3 p) {
        Mesh best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Mesh bone : bones(side)) {
            Optional<MeshPoints.Nearest> near = MeshPoints.nearest(List.of(bone), p);
            if (near.isPresent() && near.get().point().distance(p) < bestDistance) {
                bestDistance = near.get().point().distance(p);
                best = bone;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Vec3 across(Vec3 v, Vec3 along) {
        return v.minus(along.times(v.dot(along)));
    }

    private static Vec3 mean(List<Vec3> points) {
        Vec3 sum = Vec3.ZERO;
        for (Vec3 p : points) {
            sum = sum.plus(p);
        }
        return sum.times(1.0 / points.size());
    }

    private List<Mesh> bones(Side side) {
        return atlas.bones().stream().filter(b -> b.side() == null || b.side() == side).map(Bone::mesh).toList();
    }

    private String cannotLocate(String id) {
        return "the atlas cannot locate the " + name(id);
    }

    private String name(String id) {
        return LandmarkNames.of(landmarks, id);
    }
}
