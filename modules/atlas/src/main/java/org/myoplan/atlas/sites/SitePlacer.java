package org.myoplan.atlas.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * then brought to the muscle: the nearest point of the muscle's surface. A straight line between two bony
 * landmarks often runs under the muscle, so that nearest point can be on the muscle's deep face, turned to
 * the bone; the needle comes from the skin, so such a point is carried straight across the muscle to its
 * face turned away from the bone (the opposite wall along the deep face's normal). The point stays on the
 * muscle itself, also for a deep muscle: it is not projected to the skin, because the atlases' skin is a
 * schematic envelope that does not follow the imported anatomy; the row's depth says how deep it lies, and
 * the 3D View shows a deep muscle through the translucent layers above it.
 */
public final class SitePlacer {

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
        List<Vec3> points = new ArrayList<>();
        for (double t : fractions) {
            points.add(onSurface(muscle, side, a.plus(b.minus(a).times(t))));
        }
        Vec3 middleOnLine = a.plus(b.minus(a).times(f.middle()));
        return new SitePlacement(site, side, points, a, b, points.get(points.size() / 2).distance(middleOnLine), "");
    }

    /** The nearest point of the muscle's surface, carried across the muscle when it faces the bone. */
    private Vec3 onSurface(Muscle muscle, Side side, Vec3 onLine) {
        MeshPoints.Nearest nearest = MeshPoints.nearest(List.of(muscle.mesh()), onLine).orElseThrow();
        Optional<MeshPoints.Nearest> bone = MeshPoints.nearest(bones(side), nearest.point());
        boolean facesBone = bone.isPresent() && nearest.normal().dot(bone.get().point().minus(nearest.point())) > 0;
        if (!facesBone) {
            return nearest.point();
        }
        return MeshPoints.firstHit(muscle.mesh(), nearest.point(), nearest.normal().times(-1))
                .orElse(nearest.point());
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
