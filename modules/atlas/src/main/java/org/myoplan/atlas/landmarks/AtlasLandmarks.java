package org.myoplan.atlas.landmarks;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.SkinPart;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

/**
 * The landmarks of one atlas, every one located when this is made (a few milliseconds) and immutable after:
 * thread-safe. Which column of landmarks.tsv applies follows from the atlas's bones: an atlas with
 * BodyParts3D's hip bone is located by the BodyParts3D rules, any other by the built-in atlas's rules and
 * the points its data file gives. A side's landmark is computed on that side's bones, never mirrored.
 */
public final class AtlasLandmarks implements Landmarks {

    /** The bone only a BodyParts3D skeleton has (the built-in one has ilium, ischium and pubis). */
    static final String BODYPARTS3D_BONE = "hip_bone";

    private final Atlas atlas;
    private final Map<String, Vec3> given;
    private final Function<LandmarkTable.Entry, Rule> column;
    private final LandmarkTable table;
    private final Map<String, Optional<Vec3>> located = new LinkedHashMap<>();
    private final Set<String> locating = new HashSet<>();
    private final OutermostSurface surfaces;

    private AtlasLandmarks(Atlas atlas, Map<String, Vec3> given, boolean bodyParts3d) {
        this.atlas = atlas;
        this.given = Map.copyOf(given);
        this.column = bodyParts3d ? LandmarkTable.Entry::bodyParts3d : LandmarkTable.Entry::builtIn;
        this.table = LandmarkTable.shipped();
        this.surfaces = new OutermostSurface(Stream.of(atlas.muscles().stream().map(Muscle::mesh),
                atlas.bones().stream().map(Bone::mesh), atlas.skin().stream().map(SkinPart::mesh)).flatMap(s -> s)
                .toList());
        for (LandmarkTable.Entry entry : table.entries()) {
            for (Side side : sides(entry.landmark())) {
                locate(entry.landmark().id(), side);
            }
        }
        locating.clear();
    }

    /**
     * Locates the landmarks of an atlas.
     *
     * @param given the points its data file gives, by landmark id: the right side's (the left is their mirror
     *     image) or the midline's; empty for an atlas without a data file
     */
    public static AtlasLandmarks of(Atlas atlas, Map<String, Vec3> given) {
        boolean bodyParts3d = atlas.bones().stream().anyMatch(b -> b.id().equals(BODYPARTS3D_BONE));
        return new AtlasLandmarks(atlas, given, bodyParts3d);
    }

    @Override
    public List<Landmark> vocabulary() {
        return table.entries().stream().map(LandmarkTable.Entry::landmark).toList();
    }

    @Override
    public Optional<Vec3> locate(String id, Side side) {
        LandmarkTable.Entry entry = table.entry(id);
        if (entry == null) {
            return Optional.empty();
        }
        String key = key(entry.landmark(), side);
        Optional<Vec3> point = located.get(key);
        if (point == null) {
            point = compute(entry, side, key);
            located.put(key, point);
        }
        return point;
    }

    /** Why a landmark is not placed on this atlas: the rule's reason, or the bone or landmark it lacks. */
    public Optional<String> whyUnplaced(String id, Side side) {
        LandmarkTable.Entry entry = table.entry(id);
        if (entry == null) {
            return Optional.of("no landmark is called " + id);
        }
        if (locate(id, side).isPresent()) {
            return Optional.empty();
        }
        Rule rule = column.apply(entry);
        if (rule instanceof Rule.Unplaced u) {
            return Optional.of(u.reason());
        } else if (rule instanceof Rule.Extreme e) {
            return Optional.of("the atlas has no " + (e.muscle() ? "muscle " : "bone ") + e.part());
        } else if (rule instanceof Rule.Given) {
            return Optional.of("the atlas data file gives no point");
        }
        return Optional.of("it is computed from " + String.join(" and ", LandmarkTable.named(rule))
                + ", not all placed");
    }

    private Optional<Vec3> compute(LandmarkTable.Entry entry, Side side, String key) {
        if (!locating.add(key)) {
            throw new IllegalStateException("The landmark rules of " + LandmarkTable.RESOURCE + " go round in a "
                    + "circle at " + key);
        }
        Rule rule = column.apply(entry);
        if (rule instanceof Rule.Extreme e) {
            return mesh(e, side).flatMap(m -> ExtremePoint.of(m, e, side));
        } else if (rule instanceof Rule.Midpoint m) {
            return both(locate(m.a(), side), locate(m.b(), side));
        } else if (rule instanceof Rule.Between b) {
            return both(locate(b.paired(), Side.RIGHT), locate(b.paired(), Side.LEFT));
        } else if (rule instanceof Rule.Surface s) {
            Rule.Direction d = s.direction();
            Vec3 direction = new Vec3(d.lateral() * (side == Side.LEFT ? 1 : -1), d.superior(), d.anterior());
            return locate(s.from(), side).flatMap(from -> surfaces.from(from, direction, s.within()));
        } else if (rule instanceof Rule.Given) {
            Vec3 right = given.get(entry.landmark().id());
            return Optional.ofNullable(right == null || side != Side.LEFT || !entry.landmark().paired() ? right
                    : right.mirroredX());
        }
        return Optional.empty();
    }

    private Optional<Mesh> mesh(Rule.Extreme rule, Side side) {
        if (rule.muscle()) {
            return atlas.find(rule.part(), side).map(Muscle::mesh);
        }
        return atlas.bones().stream().filter(b -> b.id().equals(rule.part()) && (b.side() == side || b.side() == null))
                .findFirst().map(Bone::mesh);
    }

    private static Optional<Vec3> both(Optional<Vec3> a, Optional<Vec3> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().plus(b.get()).times(0.5)) : Optional.empty();
    }

    private static String key(Landmark landmark, Side side) {
        return landmark.paired() ? landmark.id() + "." + side.keySuffix() : landmark.id();
    }

    private static List<Side> sides(Landmark landmark) {
        return landmark.paired() ? List.of(Side.RIGHT, Side.LEFT) : List.of(Side.RIGHT);
    }

    /** The landmarks placed on this atlas, by key ("olecranon.left", "umbilicus"), for showing them. */
    public Map<String, Vec3> placed() {
        Map<String, Vec3> result = new LinkedHashMap<>();
        located.forEach((key, point) -> point.ifPresent(p -> result.put(key, p)));
        return result;
    }
}
