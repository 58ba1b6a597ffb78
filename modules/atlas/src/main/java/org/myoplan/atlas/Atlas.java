package org.myoplan.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.myoplan.atlas.data.AtlasFile;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.TubeBuilder;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.landmarks.AtlasLandmarks;
import org.myoplan.model.Limb;
import org.myoplan.model.Side;

/**
 * The anatomical atlas: muscles of both sides, bones and skin, with their meshes, the dosing tables'
 * muscle groups and the spasticity patterns. Immutable. {@link #loadDefault()} builds Myoplan's own
 * atlas from its data file; an imported atlas replaces the meshes of mapped muscles.
 */
public final class Atlas {

    private static final String DEFAULT = "default.atlas";
    private static final TubeBuilder MUSCLE_TUBES = new TubeBuilder(16, 22);
    private static final TubeBuilder BONE_TUBES = new TubeBuilder(10, 10);
    private static final TubeBuilder SKIN_TUBES = new TubeBuilder(20, 14);

    private final List<Muscle> muscles;
    private final Map<String, Muscle> byKey;
    private final List<Bone> bones;
    private final List<SkinPart> skin;
    private final Map<String, List<String>> groups;
    private final Map<String, List<String>> patterns;
    private final Provenance provenance;
    private final Map<String, Vec3> givenLandmarks;
    private volatile AtlasLandmarks landmarks;

    /**
     * Where the atlas's geometry comes from: a line for the user ("Built-in schematic atlas") and the
     * attribution its licence asks for wherever it is shown or printed (empty for Myoplan's own).
     */
    public record Provenance(String description, String attribution) {

        public static final Provenance BUILT_IN = new Provenance("Myoplan's built-in schematic atlas", "");

        public Provenance {
            Objects.requireNonNull(description, "description");
            attribution = attribution == null ? "" : attribution;
        }
    }

    Atlas(List<Muscle> muscles, List<Bone> bones, List<SkinPart> skin, Map<String, List<String>> groups,
            Map<String, List<String>> patterns) {
        this(muscles, bones, skin, groups, patterns, Provenance.BUILT_IN);
    }

    Atlas(List<Muscle> muscles, List<Bone> bones, List<SkinPart> skin, Map<String, List<String>> groups,
            Map<String, List<String>> patterns, Provenance provenance) {
        this(muscles, bones, skin, groups, patterns, provenance, Map.of());
    }

    private Atlas(List<Muscle> muscles, List<Bone> bones, List<SkinPart> skin, Map<String, List<String>> groups,
            Map<String, List<String>> patterns, Provenance provenance, Map<String, Vec3> givenLandmarks) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.givenLandmarks = Map.copyOf(givenLandmarks);
        this.muscles = List.copyOf(muscles);
        this.bones = List.copyOf(bones);
        this.skin = List.copyOf(skin);
        this.groups = Map.copyOf(groups);
        this.patterns = new LinkedHashMap<>(patterns);
        this.byKey = new LinkedHashMap<>();
        muscles.forEach(m -> byKey.put(m.key(), m));
    }

    /**
     * An atlas of these parts, e.g. an import or the store's copy; {@code groups} and {@code patterns} map
     * ids as {@link #groups()} and {@link #patternIds()} give them.
     */
    public static Atlas of(List<Muscle> muscles, List<Bone> bones, List<SkinPart> skin, Map<String,
            List<String>> groups,
            Map<String, List<String>> patterns, Provenance provenance) {
        return new Atlas(muscles, bones, skin, groups, patterns, provenance);
    }

    /** Myoplan's own atlas, generated from the data file shipped in this module. */
    public static Atlas loadDefault() {
        try (InputStream in = Atlas.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("The atlas data file " + DEFAULT + " is missing from the atlas module");
            }
            return build(AtlasFile.read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AtlasFormatException e) {
            throw new IllegalStateException("The shipped atlas data file is broken: " + e.getMessage(), e);
        }
    }

    /** Builds the meshes of a parsed data file: the right side as written, the left as its mirror image. */
    public static Atlas build(AtlasFile file) {
        List<Muscle> muscles = new ArrayList<>();
        for (AtlasFile.MuscleSpec spec : file.muscles()) {
            Mesh right = Mesh.join(spec.heads().stream().map(h -> h.build(MUSCLE_TUBES)).toList());
            muscles.add(muscle(spec, Side.RIGHT, right));
            muscles.add(muscle(spec, Side.LEFT, right.mirroredX()));
        }
        List<Bone> bones = new ArrayList<>();
        for (AtlasFile.BoneSpec spec : file.bones()) {
            Mesh mesh = spec.tube().build(BONE_TUBES);
            if (spec.midline()) {
                bones.add(new Bone(spec.id(), null, spec.name(), mesh));
            } else {
                bones.add(new Bone(spec.id(), Side.RIGHT, spec.name(), mesh));
                bones.add(new Bone(spec.id(), Side.LEFT, spec.name(), mesh.mirroredX()));
            }
        }
        List<SkinPart> skin = new ArrayList<>();
        for (AtlasFile.SkinSpec spec : file.skin()) {
            Mesh mesh = spec.tube().build(SKIN_TUBES);
            if (spec.midline()) {
                skin.add(new SkinPart(spec.id(), null, spec.name(), mesh));
            } else {
                skin.add(new SkinPart(spec.id(), Side.RIGHT, spec.name(), mesh));
                skin.add(new SkinPart(spec.id(), Side.LEFT, spec.name(), mesh.mirroredX()));
            }
        }
        return new Atlas(muscles, bones, skin, file.groups(), file.patterns(), Provenance.BUILT_IN, file.landmarks());
    }

    private static Muscle muscle(AtlasFile.MuscleSpec spec, Side side, Mesh mesh) {
        return new Muscle(spec.id(), side, spec.name(), spec.synonyms(), spec.abbreviations(), spec.region(),
                spec.limb(), spec.layer(), spec.origin(), spec.insertion(), mesh, spec.source());
    }

    /** This atlas with some muscles' meshes replaced (an import); the keys of the map are muscle keys. */
    public Atlas withMeshes(Map<String, Mesh> replacements) {
        List<Muscle> replaced = muscles.stream()
                .map(m -> replacements.containsKey(m.key()) ? m.withMesh(replacements.get(m.key())) : m).toList();
        return new Atlas(replaced, bones, skin, groups, patterns, provenance, givenLandmarks);
    }

    /** Where this atlas's geometry comes from, and the attribution to show with it. */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * The landmarks located on this atlas's bones (landmarks.tsv says how), computed on the first call (a few
     * milliseconds, not at loading) and kept; thread-safe.
     */
    public AtlasLandmarks landmarks() {
        AtlasLandmarks result = landmarks;
        if (result == null) {
            synchronized (this) {
                result = landmarks;
                if (result == null) {
                    result = AtlasLandmarks.of(this, givenLandmarks);
                    landmarks = result;
                }
            }
        }
        return result;
    }

    public List<Muscle> muscles() {
        return muscles;
    }

    public List<Bone> bones() {
        return bones;
    }

    public List<SkinPart> skin() {
        return skin;
    }

    /** The muscle with this key ("biceps_brachii.left"). */
    public Optional<Muscle> muscle(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<Muscle> find(String id, Side side) {
        return muscle(Muscle.key(id, side));
    }

    /**
     * The atlas muscles a dosing id stands for on one side: the muscle itself, or a group's muscles
     * ("hip_adductors" is adductor longus, brevis and magnus). Empty for an unknown id.
     */
    public List<Muscle> resolve(String id, Side side) {
        List<String> ids = groups.getOrDefault(id, List.of(id));
        return ids.stream().map(i -> find(i, side)).flatMap(Optional::stream).toList();
    }

    /**
     * The atlas muscles a dosing id stands for, on both sides (right then left for each muscle):
     * {@code resolve("hip_adductors")} is adductor longus, brevis and magnus of each side.
     */
    public List<Muscle> resolve(String id) {
        List<String> ids = groups.getOrDefault(id, List.of(id));
        List<Muscle> result = new ArrayList<>();
        for (String i : ids) {
            find(i, Side.RIGHT).ifPresent(result::add);
            find(i, Side.LEFT).ifPresent(result::add);
        }
        return result;
    }

    /** The muscle ids a dosing or pattern id stands for: a group's members, or the id itself if it is a muscle. */
    public List<String> resolveIds(String id) {
        return groups.getOrDefault(id, find(id, Side.RIGHT).isPresent() ? List.of(id) : List.of());
    }

    /** The dosing tables' group ids ("hip_adductors") and the muscle ids each stands for. */
    public Map<String, List<String>> groups() {
        return groups;
    }

    public List<String> patterns() {
        return List.copyOf(patterns.keySet());
    }

    /** Each spasticity pattern's muscle ids, in the data file's order. */
    public Map<String, List<String>> patternIds() {
        return Collections.unmodifiableMap(patterns);
    }

    /** The muscles of a spasticity pattern on one side, e.g. ("Flexed elbow", LEFT). */
    public List<Muscle> byPattern(String pattern, Side side) {
        return patterns.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(pattern.strip()))
                .flatMap(e -> e.getValue().stream()).map(id -> find(id, side)).flatMap(Optional::stream).toList();
    }

    /** The muscles of a spasticity pattern on both sides. */
    public List<Muscle> byPattern(String pattern) {
        List<Muscle> result = new ArrayList<>(byPattern(pattern, Side.RIGHT));
        result.addAll(byPattern(pattern, Side.LEFT));
        return result;
    }

    /** The distinct regions ("arm", "forearm", "thigh" ...) in the data file's order. */
    public List<String> regions() {
        return muscles.stream().map(Muscle::region).distinct().toList();
    }

    public List<Muscle> byRegion(String region) {
        return filter(Muscle::region, region);
    }

    public List<Muscle> byLimb(Limb limb) {
        return muscles.stream().filter(m -> m.limb() == limb).toList();
    }

    public List<Muscle> byLayer(Layer layer) {
        return muscles.stream().filter(m -> m.layer() == layer).toList();
    }

    /** Triangles of everything: muscles of both sides, bones and skin. */
    public int triangleCount() {
        return muscles.stream().mapToInt(m -> m.mesh().triangleCount()).sum()
                + bones.stream().mapToInt(b -> b.mesh().triangleCount()).sum()
                + skin.stream().mapToInt(s -> s.mesh().triangleCount()).sum();
    }

    private List<Muscle> filter(Function<Muscle, String> field, String value) {
        return muscles.stream().filter(m -> field.apply(m).equalsIgnoreCase(value)).toList();
    }
}
