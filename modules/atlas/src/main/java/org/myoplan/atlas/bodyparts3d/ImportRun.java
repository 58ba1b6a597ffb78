package org.myoplan.atlas.bodyparts3d;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Layer;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Normals;
import org.myoplan.model.Side;

/**
 * One import of a BodyParts3D archive: which files it needs (the tables say), reading and welding them in
 * parallel, the checks, the triangle budget, simplification in parallel and the atlas. Package-private so
 * tests can give small budgets and limits.
 */
final class ImportRun {

    /** Left files are mirror copies of the right ones when their bounds agree within this (mm). */
    private static final double MIRROR_TOLERANCE = 1.0;
    /** A surface this close to the midline (mm) takes its side from its name rather than its place. */
    private static final double MIDLINE = 2.0;
    /** A 3.0 surface sits right when this share of its ends lies within about 2 cm of the 4.0 body. */
    private static final double SITS_RIGHT = 0.9;
    private static final double NEAR_CELL = 10.0;
    private static final Pattern SIDE_WORD = Pattern.compile("\\b(right|left)\\b ?", Pattern.CASE_INSENSITIVE);

    private final Atlas base;
    private final ImportProgress progress;
    private final Budget budget;
    private final Archive.Limits limits;
    private final PartTables tables = PartTables.load();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Surface> surfaces = new LinkedHashMap<>();
    private int done;
    private int total;

    ImportRun(Atlas base, ImportProgress progress, Budget budget, Archive.Limits limits) {
        this.base = base;
        this.progress = progress;
        this.budget = budget;
        this.limits = limits;
    }

    /** A mesh to simplify (millimetres, BodyParts3D frame) and, once done, the result. */
    private static final class Piece {
        final String label;
        final Surface surface;
        int target;
        Surface simplified;

        Piece(String label, Surface surface) {
            this.label = label;
            this.surface = surface;
        }
    }

    /** A muscle made of table rows: a Myoplan muscle (right and left set) or a context muscle from 3.0 files. */
    private record MappedMuscle(String id, String name, Muscle right, Muscle left, Piece rightPiece, Piece leftPiece,
            String source) {
    }

    /** A context muscle; a left one that is the right's mirror image ({@code mirrorOf}) is not simplified again. */
    private record ContextMuscle(String id, Side side, String name, Piece piece, String source,
            ContextMuscle mirrorOf) {
    }

    private record BonePart(String id, Side side, String name, Piece piece) {
    }

    BodyParts3dImporter.Result run(Path source, List<Path> version3Sources) throws AtlasFormatException {
        List<Archive> archives = new ArrayList<>();
        try {
            Archive archive = Archive.open(source, limits);
            archives.add(archive);
            for (Path extra : version3Sources) {
                archives.add(Archive.open(extra, limits));
            }
            return build(archive, archives.subList(1, archives.size()));
        } finally {
            archives.forEach(Archive::close);
        }
    }

    private BodyParts3dImporter.Result build(Archive archive, List<Archive> version3) throws AtlasFormatException {
        List<PartTables.Element> present = tables.elements().stream().filter(e -> archive.has(e.file())).toList();
        if (present.isEmpty()) {
            throw new AtlasFormatException(archive.label(), 0, "has no BodyParts3D 4.0 element files (FJnnnn.obj): "
                    + "it is not the BodyParts3D archive isa_BP3D_4.0_obj_99.zip or its folder");
        }
        Map<String, String> version3Files = version3Files(version3);
        Map<String, Archive> sourceOf = new LinkedHashMap<>();
        present.forEach(e -> sourceOf.put(e.file(), archive));
        version3Files.forEach((fma, label) -> sourceOf.put(fma, version3.stream().filter(a -> a.has(fma)).findFirst()
                .orElseThrow()));
        total = 2 * sourceOf.size();
        readAll(sourceOf);

        Set<String> usedFma = new HashSet<>();
        tables.parts().forEach(p -> {
            usedFma.add(p.rightFma());
            usedFma.add(p.leftFma());
        });
        List<MappedMuscle> mapped = mapped(present, version3Files);
        List<ContextMuscle> context = context(present, usedFma);
        List<BonePart> bones = bones(present);
        noteMissing(present);

        assignTargets(mapped, context, bones);
        List<Piece> pieces = new ArrayList<>();
        mapped.forEach(m -> {
            pieces.add(m.rightPiece);
            if (m.leftPiece != null) {
                pieces.add(m.leftPiece);
            }
        });
        context.stream().filter(c -> c.mirrorOf == null).forEach(c -> pieces.add(c.piece));
        bones.forEach(b -> pieces.add(b.piece));
        total = done + pieces.size();
        simplifyAll(pieces);
        double floor = floor(bones, pieces);
        return new BodyParts3dImporter.Result(atlas(archive, mapped, context, bones, floor), notes);
    }

    /** The 3.0 files the table asks for, by FMA id, that the given sources hold. */
    private Map<String, String> version3Files(List<Archive> version3) {
        Map<String, String> files = new LinkedHashMap<>();
        for (PartTables.Part part : tables.parts()) {
            if (part.fromVersion3()) {
                for (String fma : List.of(part.rightFma(), part.leftFma())) {
                    version3.stream().filter(a -> a.has(fma)).findFirst().ifPresent(a -> files.put(fma, a.where(fma)));
                }
            }
        }
        return files;
    }

    private void readAll(Map<String, Archive> sourceOf) throws AtlasFormatException {
        List<String> names = new ArrayList<>(sourceOf.keySet());
        List<Callable<Surface>> tasks = new ArrayList<>();
        for (String name : names) {
            Archive from = sourceOf.get(name);
            tasks.add(() -> BodyPartsObj.read(from.where(name), from.read(name)));
        }
        List<Surface> read = parallel(tasks, names.stream().map(n -> "Reading " + n).toList());
        List<String> flipped = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Surface s = read.get(i);
            if (!s.isClosed()) {
                open.add(names.get(i));
            } else if (s.signedVolume() < 0) {
                s = s.flipped();
                flipped.add(names.get(i));
            }
            surfaces.put(names.get(i), s);
        }
        if (!flipped.isEmpty()) {
            notes.add("Turned outward (their triangles faced inward): " + String.join(", ", flipped) + ".");
        }
        if (!open.isEmpty()) {
            notes.add("Not closed after welding, kept as they are: " + String.join(", ", open) + ".");
        }
    }

    private List<MappedMuscle> mapped(List<PartTables.Element> present, Map<String, String> version3Files) {
        Set<String> presentFiles = new HashSet<>();
        present.forEach(e -> presentFiles.add(e.file()));
        List<MappedMuscle> result = new ArrayList<>();
        List<String> fromVersion3 = new ArrayList<>();
        for (Map.Entry<String, List<PartTables.Part>> entry : tables.partsByMuscle().entrySet()) {
            String id = entry.getKey();
            boolean contextMuscle = id.startsWith(Muscle.CONTEXT_PREFIX);
            Muscle right = contextMuscle ? null : base.find(id, Side.RIGHT).orElse(null);
            Muscle left = contextMuscle ? null : base.find(id, Side.LEFT).orElse(null);
            if (!contextMuscle && (right == null || left == null)) {
                notes.add("The mapping names " + id + ", which the atlas does not have: skipped.");
                continue;
            }
            String name = contextMuscle ? capitalised(withoutSide(entry.getValue().get(0).rightName()))
                    : right.displayName();
            List<String> missing = new ArrayList<>();
            List<Surface> rightParts = new ArrayList<>();
            List<Surface> leftParts = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (PartTables.Part part : entry.getValue()) {
                Surface r = partSurface(part, part.rightFma(), presentFiles, version3Files, missing);
                Surface l = partSurface(part, part.leftFma(), presentFiles, version3Files, missing);
                if (r == null || l == null) {
                    continue;
                }
                if (r.centreX() > 0 && l.centreX() < 0) {
                    notes.add(name + ": BodyParts3D's " + part.rightName() + " (" + part.rightFma()
                            + ") lies on the body's "
                            + "left and its " + part.leftName()
                                    + " on the right; each side is taken from where it lies.");
                    Surface swap = r;
                    r = l;
                    l = swap;
                }
                rightParts.add(r);
                leftParts.add(l);
                sources.add(part.rightName() + " (" + part.rightFma() + ")");
            }
            boolean version3 = entry.getValue().stream().anyMatch(PartTables.Part::fromVersion3);
            if (!missing.isEmpty()) {
                notes.add(name + (contextMuscle ? ": not shown" : ": kept from the built-in atlas")
                        + " (the archive lacks "
                        + String.join(", ", missing) + (version3
                                ? "; BodyParts3D 4.0 has none, the 3.0 files are needed" : "")
                        + ").");
                continue;
            }
            Surface rightSurface = Surface.join(rightParts);
            Surface leftSurface = Surface.join(leftParts);
            if (version3) {
                double near = nearBody(rightSurface, leftSurface);
                if (near < SITS_RIGHT) {
                    notes.add(String.format(Locale.ROOT,
                            "%s: the BodyParts3D 3.0 files do not sit on the 4.0 body (%.0f%% "
                            + "of an end within about 2 cm of it): %s.", name, 100 * near,
                            contextMuscle ? "not shown" : "kept from the built-in atlas"));
                    continue;
                }
                fromVersion3.add(String.format(Locale.ROOT, "%s (%.0f%% of its ends within about 2 cm of the 4.0 body)",
                        name, 100 * near));
            }
            String label = (version3 ? "BodyParts3D 3.0: " : "BodyParts3D 4.0: ") + String.join(", ", sources);
            Piece rightPiece = new Piece(name + " (right)", rightSurface);
            Piece leftPiece = isMirror(rightSurface, leftSurface) ? null : new Piece(name + " (left)", leftSurface);
            result.add(new MappedMuscle(id, name, right, left, rightPiece, leftPiece, label));
        }
        if (!fromVersion3.isEmpty()) {
            notes.add("From BodyParts3D 3.0: " + String.join("; ", fromVersion3) + ".");
        }
        return result;
    }

    /** The joined element files of one concept, or null (and the missing files named) when the archive lacks any. */
    private Surface partSurface(PartTables.Part part, String fma, Set<String> presentFiles, Map<String,
            String> version3Files,
            List<String> missing) {
        if (part.fromVersion3()) {
            if (!version3Files.containsKey(fma)) {
                missing.add(fma + ".obj");
                return null;
            }
            return surfaces.get(fma);
        }
        List<PartTables.Element> files = tables.files(fma);
        List<String> absent = files.stream().map(PartTables.Element::file).filter(f -> !presentFiles.contains(f))
                .toList();
        if (files.isEmpty() || !absent.isEmpty()) {
            missing.add(files.isEmpty() ? fma : String.join(", ", absent.stream().map(f -> f + ".obj").toList()));
            return null;
        }
        return Surface.join(files.stream().map(f -> surfaces.get(f.file())).toList());
    }

    private List<ContextMuscle> context(List<PartTables.Element> present, Set<String> usedFma) {
        Map<String, List<PartTables.Element>> byKey = new LinkedHashMap<>();
        Map<String, Side> sides = new LinkedHashMap<>();
        int midline = 0;
        for (PartTables.Element e : present) {
            if (e.kind() != PartTables.Kind.MUSCLE || usedFma.contains(e.fma())) {
                continue;
            }
            Side side = side(e.name(), surfaces.get(e.file()).centreX());
            if (side == null) {
                midline++;
                continue;
            }
            String key = slug(withoutSide(e.name())) + "." + side.keySuffix();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            sides.put(key, side);
        }
        if (midline > 0) {
            notes.add(midline + " midline muscle files (no side) are not shown: a muscle in Myoplan has a side.");
        }
        Map<String, ContextMuscle> result = new LinkedHashMap<>();
        byKey.forEach((key, elements) -> {
            String name = capitalised(withoutSide(elements.get(0).name()));
            Side side = sides.get(key);
            Surface surface = Surface.join(elements.stream().map(e -> surfaces.get(e.file())).toList());
            String source = "BodyParts3D 4.0: " + String.join(", ", elements.stream()
                    .map(e -> e.name() + " (" + e.fma() + ", " + e.file() + ")").distinct().toList());
            String id = key.substring(0, key.lastIndexOf('.'));
            ContextMuscle other = result.get(id + "." + (side == Side.LEFT ? Side.RIGHT : Side.LEFT).keySuffix());
            ContextMuscle mirrorOf = other != null && other.mirrorOf == null
                    && (side == Side.LEFT ? isMirror(other.piece.surface, surface) : isMirror(surface,
                            other.piece.surface))
                    ? other : null;
            result.put(key, new ContextMuscle(Muscle.CONTEXT_PREFIX + id, side, name,
                    new Piece(name + " (" + side.displayName() + ")", surface), source, mirrorOf));
        });
        return new ArrayList<>(result.values());
    }

    private List<BonePart> bones(List<PartTables.Element> present) {
        Map<String, List<PartTables.Element>> byKey = new LinkedHashMap<>();
        for (PartTables.Element e : present) {
            if (e.kind() == PartTables.Kind.BONE) {
                Side side = namedSide(e.name());
                String key = slug(withoutSide(e.name())) + (side == null ? "" : "." + side.keySuffix());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        List<BonePart> result = new ArrayList<>();
        byKey.forEach((key, elements) -> {
            Side side = namedSide(elements.get(0).name());
            String name = capitalised(withoutSide(elements.get(0).name()));
            Surface surface = Surface.join(elements.stream().map(e -> surfaces.get(e.file())).toList());
            String id = side == null ? key : key.substring(0, key.lastIndexOf('.'));
            result.add(new BonePart(id, side, name, new Piece(name + (side == null ? "" : " (" + side.displayName()
                    + ")"),
                    surface)));
        });
        return result;
    }

    private void noteMissing(List<PartTables.Element> present) {
        long bones = tables.elements().stream().filter(e -> e.kind() == PartTables.Kind.BONE).count();
        long presentBones = present.stream().filter(e -> e.kind() == PartTables.Kind.BONE).count();
        long muscles = tables.elements().size() - bones;
        notes.add(String.format(Locale.ROOT, "The archive has %d of the %d bone files and %d of the %d muscle files of "
                + "BodyParts3D 4.0.", presentBones, bones, present.size() - presentBones, muscles));
    }

    /** The lowest point of the simplified bones (the heels) in BodyParts3D's z: it becomes the floor, y = 0. */
    private static double floor(List<BonePart> bones, List<Piece> all) {
        double min = Double.MAX_VALUE;
        for (Piece piece : bones.isEmpty() ? all : bones.stream().map(BonePart::piece).toList()) {
            Surface s = piece.simplified;
            float[] p = s.positions();
            for (int i = 2; i < p.length; i += 3) {
                min = Math.min(min, p[i]);
            }
        }
        return min;
    }

    private void assignTargets(List<MappedMuscle> mapped, List<ContextMuscle> context, List<BonePart> bones) {
        List<Piece> right = mapped.stream().map(MappedMuscle::rightPiece).toList();
        int[] t = budget.split(budget.mapped() / 2, areas(right));
        for (int i = 0; i < t.length; i++) {
            right.get(i).target = t[i];
            if (mapped.get(i).leftPiece != null) {
                mapped.get(i).leftPiece.target = t[i];
            }
        }
        List<Piece> contextPieces = context.stream().map(ContextMuscle::piece).toList();
        t = budget.split(budget.context(), areas(contextPieces));
        for (int i = 0; i < t.length; i++) {
            contextPieces.get(i).target = t[i];
        }
        List<Piece> bonePieces = bones.stream().map(BonePart::piece).toList();
        t = budget.split(budget.bones(), areas(bonePieces));
        for (int i = 0; i < t.length; i++) {
            bonePieces.get(i).target = t[i];
        }
    }

    private static List<double[]> areas(List<Piece> pieces) {
        return pieces.stream().map(p -> new double[] {p.surface.area(), p.surface.triangleCount()}).toList();
    }

    private void simplifyAll(List<Piece> pieces) throws AtlasFormatException {
        List<Callable<Surface>> tasks = new ArrayList<>();
        for (Piece p : pieces) {
            tasks.add(() -> simplify(p.surface, p.target));
        }
        List<Surface> results = parallel(tasks, pieces.stream().map(p -> p.label).toList());
        for (int i = 0; i < pieces.size(); i++) {
            pieces.get(i).simplified = results.get(i);
        }
    }

    /**
     * The surface simplified to the target; a closed surface that would lose more than half its volume
     * (a thin sheet such as the thyrohyoid folds over itself at a few dozen triangles, and its volume turns
     * negative) gets twice the triangles until it keeps its shape.
     */
    static Surface simplify(Surface surface, int target) {
        boolean closed = surface.isClosed();
        double volume = closed ? surface.signedVolume() : 0;
        int t = target;
        while (true) {
            QuadricSimplifier.Result r = QuadricSimplifier.simplify(surface.positions(), surface.triangles(), t);
            Surface simple = new Surface(r.positions(), BodyPartsObj.withoutTwins(r.triangles())).compacted();
            boolean keepsShape = !closed || simple.isClosed() && simple.signedVolume() > volume / 2;
            if (keepsShape || t >= surface.triangleCount()) {
                return simple;
            }
            t = Math.min(2 * t, surface.triangleCount());
        }
    }

    private Atlas atlas(Archive archive, List<MappedMuscle> mapped, List<ContextMuscle> context, List<BonePart> bones,
            double floor) {
        Map<String, Muscle> replaced = new LinkedHashMap<>();
        Map<String, double[]> centres = new LinkedHashMap<>();
        List<ContextMuscle> contextMeshes = new ArrayList<>(context);
        Map<ContextMuscle, Mesh> meshes = new LinkedHashMap<>();
        for (MappedMuscle m : mapped) {
            Mesh right = mesh(m.rightPiece.simplified, floor);
            Mesh left = m.leftPiece == null ? right.mirroredX() : mesh(m.leftPiece.simplified, floor);
            if (m.right == null) { // a context muscle from the 3.0 files
                for (Side side : Side.values()) {
                    ContextMuscle c = new ContextMuscle(m.id, side, m.name, null, m.source, null);
                    contextMeshes.add(c);
                    meshes.put(c, side == Side.RIGHT ? right : left);
                }
                continue;
            }
            replaced.put(m.right.key(), m.right.withMesh(right, m.source));
            replaced.put(m.left.key(), m.left.withMesh(left, m.source));
            centres.put(m.right.key(), centre(right));
            centres.put(m.left.key(), centre(left));
        }
        List<Muscle> muscles = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Muscle m : base.muscles()) {
            muscles.add(replaced.getOrDefault(m.key(), m));
            if (!replaced.containsKey(m.key()) && m.side() == Side.RIGHT) {
                kept.add(m.displayName());
            }
        }
        double height = bodyHeight(bones, floor);
        List<Muscle> extra = new ArrayList<>();
        for (ContextMuscle c : contextMeshes) {
            Mesh mesh = meshes.containsKey(c) ? meshes.get(c) : c.mirrorOf != null
                    ? mesh(c.mirrorOf.piece.simplified, floor).mirroredX() : mesh(c.piece.simplified, floor);
            double[] centre = centre(mesh);
            Muscle near = nearestMapped(centre, centres, replaced);
            String region = near != null ? near.region() : centre[1] > 0.84 * height ? "head and neck" : "trunk";
            extra.add(new Muscle(c.id, c.side, c.name, List.of(), List.of(), region, near == null ? null : near.limb(),
                    Layer.INTERMEDIATE, "", "", mesh, c.source, true));
        }
        extra.sort(Comparator.comparing(Muscle::displayName).thenComparing(m -> m.side() == Side.RIGHT ? 0 : 1));
        muscles.addAll(extra);
        List<Bone> boneList = bones.stream().map(b -> new Bone(b.id, b.side, b.name, mesh(b.piece.simplified, floor)))
                .sorted(Comparator.comparing(Bone::name).thenComparing(b -> b.side() == null ? -1
                        : b.side() == Side.RIGHT ? 0 : 1))
                .toList();
        notes.add(0, String.format(Locale.ROOT,
                "Imported %d of Myoplan's %d muscles from BodyParts3D, %d context muscles "
                + "and %d bones (%,d triangles).", replaced.size() / 2, base.muscles().size() / 2, extra.size(),
                boneList.size(), muscles.stream().mapToInt(m -> m.mesh().triangleCount()).sum()
                        + boneList.stream().mapToInt(b -> b.mesh().triangleCount()).sum()));
        if (!kept.isEmpty()) {
            notes.add("Kept from the built-in atlas: " + String.join(", ", kept) + ".");
        }
        Atlas.Provenance provenance = new Atlas.Provenance("BodyParts3D 4.0, imported from " + archive.label(),
                BodyParts3dImporter.ATTRIBUTION);
        return Atlas.of(muscles, boneList, List.of(), base.groups(), base.patternIds(), provenance);
    }

    /** The mapped muscle whose centre is nearest, if within 6 cm: a context muscle takes its region and limb. */
    private static Muscle nearestMapped(double[] centre, Map<String, double[]> centres, Map<String, Muscle> muscles) {
        String best = null;
        double bestDistance = 0.06;
        for (Map.Entry<String, double[]> e : centres.entrySet()) {
            double[] c = e.getValue();
            double d = Math.sqrt(Math.pow(c[0] - centre[0], 2) + Math.pow(c[1] - centre[1], 2)
                    + Math.pow(c[2] - centre[2], 2));
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getKey();
            }
        }
        return best == null ? null : muscles.get(best);
    }

    private static double[] centre(Mesh mesh) {
        float[] b = mesh.bounds();
        return new double[] {(b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2};
    }

    private double bodyHeight(List<BonePart> bones, double floor) {
        double max = -Double.MAX_VALUE;
        for (BonePart b : bones) {
            max = Math.max(max, b.piece.surface.bounds()[5]);
        }
        return bones.isEmpty() ? 1.7 : (max - floor) / 1000;
    }

    /**
     * BodyParts3D millimetres (+X the body's left, +Y posterior, +Z superior) to the atlas frame (metres,
     * Y up with the heels on the floor, Z anterior, X the body's left): (x, z - floor, -y) / 1000. A
     * rotation, so the winding stays outward.
     */
    static Mesh mesh(Surface s, double floor) {
        float[] p = s.positions();
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i += 3) {
            out[i] = (float) (p[i] / 1000);
            out[i + 1] = (float) ((p[i + 2] - floor) / 1000);
            out[i + 2] = (float) (-p[i + 1] / 1000);
        }
        return new Mesh(out, Normals.smooth(out, s.triangles()), s.triangles());
    }

    /** Whether {@code left} is {@code right} mirrored in x (BodyParts3D's FJnnnnM files), judged by their bounds. */
    private static boolean isMirror(Surface right, Surface left) {
        float[] r = right.bounds(), l = left.bounds();
        return right.triangleCount() == left.triangleCount()
                && Math.abs(r[0] + l[3]) < MIRROR_TOLERANCE && Math.abs(r[3] + l[0]) < MIRROR_TOLERANCE
                && Math.abs(r[1] - l[1]) < MIRROR_TOLERANCE && Math.abs(r[4] - l[4]) < MIRROR_TOLERANCE
                && Math.abs(r[2] - l[2]) < MIRROR_TOLERANCE && Math.abs(r[5] - l[5]) < MIRROR_TOLERANCE;
    }

    /**
     * How well 3.0 surfaces sit on the 4.0 body: the share of the vertices of each surface's two ends (its
     * lowest and highest tenth, where a trunk muscle attaches) that lie within about 2 cm of the 4.0 bones and
     * muscles read; the least of the four ends. Off by the 3 to 6 cm that the 3.0 limbs are, an end finds
     * nothing near it.
     */
    private double nearBody(Surface... version3) {
        Set<Long> occupied = new HashSet<>();
        for (Map.Entry<String, Surface> e : surfaces.entrySet()) {
            if (e.getKey().startsWith("FJ")) {
                float[] p = e.getValue().positions();
                for (int i = 0; i < p.length; i += 3) {
                    occupied.add(cell(p[i], p[i + 1], p[i + 2], 0, 0, 0));
                }
            }
        }
        double least = 1;
        for (Surface s : version3) {
            float[] p = s.positions();
            float[] b = s.bounds();
            double tenth = (b[5] - b[2]) / 10;
            long[] near = new long[2], all = new long[2];
            for (int i = 0; i < p.length; i += 3) {
                int end = p[i + 2] <= b[2] + tenth ? 0 : p[i + 2] >= b[5] - tenth ? 1 : -1;
                if (end >= 0) {
                    all[end]++;
                    near[end] += nearOccupied(occupied, p[i], p[i + 1], p[i + 2]) ? 1 : 0;
                }
            }
            for (int end = 0; end < 2; end++) {
                least = Math.min(least, all[end] == 0 ? 0 : (double) near[end] / all[end]);
            }
        }
        return least;
    }

    private static boolean nearOccupied(Set<Long> occupied, float x, float y, float z) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dz = -1; dz <= 1; dz++) {
                    if (occupied.contains(cell(x, y, z, dx, dy, dz))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long cell(float x, float y, float z, int dx, int dy, int dz) {
        long cx = (long) Math.floor(x / NEAR_CELL) + dx + (1 << 20);
        long cy = (long) Math.floor(y / NEAR_CELL) + dy + (1 << 20);
        long cz = (long) Math.floor(z / NEAR_CELL) + dz + (1 << 20);
        return cx << 42 | cy << 21 | cz;
    }

    /**
     * The side a surface lies on: from its place, or from its name when it lies on the midline; null if neither says.
     */
    private static Side side(String name, double centreX) {
        if (centreX < -MIDLINE) {
            return Side.RIGHT;
        }
        if (centreX > MIDLINE) {
            return Side.LEFT;
        }
        return namedSide(name);
    }

    private static Side namedSide(String name) {
        Matcher m = SIDE_WORD.matcher(name);
        if (!m.find()) {
            return null;
        }
        return m.group(1).equalsIgnoreCase("left") ? Side.LEFT : Side.RIGHT;
    }

    /** "humeral head of right flexor carpi ulnaris" -> "humeral head of flexor carpi ulnaris". */
    static String withoutSide(String name) {
        return SIDE_WORD.matcher(name).replaceAll("").strip();
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Runs the tasks on the processors' threads and waits for them in order on this thread, which reports
     * each as done and stops them all when the user cancels.
     */
    private <T> List<T> parallel(List<Callable<T>> tasks, List<String> labels) throws AtlasFormatException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "BodyParts3D import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            List<T> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i)));
                progress.step(labels.get(i), ++done, total);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> T await(Future<T> future) throws AtlasFormatException {
        while (true) {
            if (progress.cancelled()) {
                throw new CancellationException("The import was cancelled");
            }
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("The import was interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AtlasFormatException format) {
                    throw format;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
