package org.myoplan.atlas.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.Layer;
import org.myoplan.atlas.geometry.Shape;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Limb;

/**
 * The atlas data file, parsed: bones, muscles with their heads, groups, patterns and skin, all of
 * the right side or the midline (the builder mirrors the left). The format is described at the top
 * of default.atlas. Every problem names the file and line.
 */
public final class AtlasFile {

    /** Anything beyond this is not a body in metres: a typo or a hostile file. */
    private static final double MAX_COORDINATE = 3.0;

    public record BoneSpec(String id, boolean midline, String name, TubeSpec tube) {
    }

    public record MuscleSpec(String id, String name, List<String> synonyms, List<String> abbreviations, String region,
            Limb limb, Layer layer, String origin, String insertion, List<TubeSpec> heads, String source) {
    }

    public record SkinSpec(String id, boolean midline, String name, TubeSpec tube) {
    }

    private final List<BoneSpec> bones = new ArrayList<>();
    private final List<MuscleSpec> muscles = new ArrayList<>();
    private final List<SkinSpec> skin = new ArrayList<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, List<String>> patterns = new LinkedHashMap<>();
    private final Map<String, Vec3> landmarks = new LinkedHashMap<>();

    private final String file;
    private int line;
    private MuscleDraft draft;

    private AtlasFile(String file) {
        this.file = file;
    }

    public static AtlasFile read(Reader reader, String file) throws AtlasFormatException, IOException {
        AtlasFile atlas = new AtlasFile(file);
        BufferedReader lines = new BufferedReader(reader);
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            atlas.line++;
            atlas.parse(text.strip());
        }
        if (atlas.draft != null) {
            throw atlas.problem("muscle " + atlas.draft.id + " has no 'end'");
        }
        atlas.checkReferences();
        return atlas;
    }

    public List<BoneSpec> bones() {
        return bones;
    }

    public List<MuscleSpec> muscles() {
        return muscles;
    }

    public List<SkinSpec> skin() {
        return skin;
    }

    /** The landmarks the file places: the right side's point of a paired one, or the midline's, by id. */
    public Map<String, Vec3> landmarks() {
        return landmarks;
    }

    public Map<String, List<String>> groups() {
        return groups;
    }

    public Map<String, List<String>> patterns() {
        return patterns;
    }

    private void parse(String text) throws AtlasFormatException {
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        String keyword = text.split("\\s+", 2)[0];
        String rest = text.length() > keyword.length() ? text.substring(keyword.length()).strip() : "";
        if (draft != null) {
            parseMuscleLine(keyword, rest);
            return;
        }
        switch (keyword) {
            case "bone" -> bones.add(bone(rest));
            case "skin" -> skin.add(skinPart(rest));
            case "muscle" -> draft = new MuscleDraft(rest);
            case "group" -> groups.put(name(rest), ids(rest));
            case "pattern" -> patterns.put(quoted(rest), ids(rest));
            case "landmark" -> landmark(rest);
            default -> throw problem("unknown line '" + keyword + "' (expected bone, muscle, group, pattern, skin or "
                    + "landmark)");
        }
    }

    private BoneSpec bone(String rest) throws AtlasFormatException {
        String[] words = rest.split("\\s+", 3);
        if (words.length < 3) {
            throw problem("a bone needs an id, a side and a name");
        }
        boolean midline = side(words[1]);
        String name = quoted(words[2]);
        return new BoneSpec(words[0], midline, name, tube(name, afterQuoted(words[2])));
    }

    /** "ID SIDE X Y Z": SIDE is right or midline, like a bone's. */
    private void landmark(String rest) throws AtlasFormatException {
        String[] words = rest.split("\\s+", 3);
        if (words.length < 3 || !words[0].matches("[a-z0-9_]+")) {
            throw problem("a landmark needs an id of lower-case letters, digits and _, a side and a point 'x y z'");
        }
        side(words[1]);
        if (landmarks.put(words[0], point(words[2])) != null) {
            throw problem("the landmark " + words[0] + " is placed twice");
        }
    }

    private SkinSpec skinPart(String rest) throws AtlasFormatException {
        BoneSpec asBone = bone(rest);
        return new SkinSpec(asBone.id(), asBone.midline(), asBone.name(), asBone.tube());
    }

    private boolean side(String word) throws AtlasFormatException {
        return switch (word) {
            case "midline" -> true;
            case "right" -> false;
            default -> throw problem("side must be right or midline (the left is mirrored), not '" + word + "'");
        };
    }

    /** "SHAPE r=R [w=W] [across=X Y Z] : P | P ..." */
    private TubeSpec tube(String name, String text) throws AtlasFormatException {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw problem("expected ':' before the path points");
        }
        String[] words = text.substring(0, colon).strip().split("\\s+");
        Shape shape = shape(words[0]);
        Double r = null, w = null;
        Vec3 across = null;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (word.startsWith("r=")) {
                r = size(word.substring(2));
            } else if (word.startsWith("w=")) {
                w = size(word.substring(2));
            } else if (word.startsWith("across=") && i + 2 < words.length) {
                across = new Vec3(number(word.substring(7)), number(words[++i]), number(words[++i]));
            } else {
                throw problem("unexpected '" + word + "'");
            }
        }
        if (r == null) {
            throw problem("a size r=... is needed");
        }
        List<Vec3> path = new ArrayList<>();
        for (String point : text.substring(colon + 1).split("\\|")) {
            path.add(point(point));
        }
        if (path.size() < 2) {
            throw problem("a path needs at least two points");
        }
        if (path.get(0).distance(path.get(path.size() - 1)) < 0.003) {
            throw problem("the path's ends are at one place");
        }
        return new TubeSpec(name, shape, r, w == null ? r : w, across, path);
    }

    private Vec3 point(String text) throws AtlasFormatException {
        String[] xyz = text.strip().split("\\s+");
        if (xyz.length != 3) {
            throw problem("a point is three numbers 'x y z', not '" + text.strip() + "'");
        }
        Vec3 p = new Vec3(number(xyz[0]), number(xyz[1]), number(xyz[2]));
        if (Math.abs(p.x()) > MAX_COORDINATE || Math.abs(p.y()) > MAX_COORDINATE || Math.abs(p.z()) > MAX_COORDINATE) {
            throw problem("the point " + text.strip() + " lies outside a body (metres expected)");
        }
        return p;
    }

    private double number(String text) throws AtlasFormatException {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw problem("'" + text + "' is not a finite number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw problem("'" + text + "' is not a number");
        }
    }

    private double size(String text) throws AtlasFormatException {
        double value = number(text);
        if (value <= 0 || value > 0.5) {
            throw problem("a size must be more than 0 and at most 0.5 m, not " + text);
        }
        return value;
    }

    private Shape shape(String word) throws AtlasFormatException {
        try {
            return Shape.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem("unknown shape '" + word + "' (fusiform, pennate, flat, strap, round or bone)");
        }
    }

    private void parseMuscleLine(String keyword, String rest) throws AtlasFormatException {
        switch (keyword) {
            case "synonyms" -> draft.synonyms = list(rest);
            case "abbreviations" -> draft.abbreviations = list(rest);
            case "region" -> draft.region = rest;
            case "limb" -> draft.limb = choice(rest, Limb.class);
            case "layer" -> draft.layer = choice(rest, Layer.class);
            case "origin" -> draft.origin = rest;
            case "insertion" -> draft.insertion = rest;
            case "source" -> draft.source = rest;
            case "head" -> {
                String[] words = rest.split("\\s+", 2);
                draft.heads.add(tube(words[0], words.length > 1 ? words[1] : ""));
            }
            case "end" -> {
                muscles.add(draft.finish());
                draft = null;
            }
            default -> throw problem("unknown muscle line '" + keyword + "'");
        }
    }

    private <E extends Enum<E>> E choice(String text, Class<E> type) throws AtlasFormatException {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem("'" + text + "' is not a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
    }

    private void checkReferences() throws AtlasFormatException {
        List<String> ids = muscles.stream().map(MuscleSpec::id).toList();
        for (var entry : groups.entrySet()) {
            for (String id : entry.getValue()) {
                if (!ids.contains(id)) {
                    throw new AtlasFormatException(file, 0, "group " + entry.getKey() + " names an unknown muscle "
                            + id);
                }
            }
        }
        for (var entry : patterns.entrySet()) {
            for (String id : entry.getValue()) {
                if (!ids.contains(id)) {
                    throw new AtlasFormatException(file, 0, "pattern " + entry.getKey() + " names an unknown muscle "
                            + id);
                }
            }
        }
    }

    private static List<String> list(String text) {
        return List.of(text.split("\\s*;\\s*"));
    }

    private String name(String text) throws AtlasFormatException {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw problem("expected 'NAME : IDS'");
        }
        return text.substring(0, colon).strip();
    }

    private List<String> ids(String text) throws AtlasFormatException {
        int colon = text.lastIndexOf(':');
        if (colon < 0 || text.substring(colon + 1).isBlank()) {
            throw problem("expected ': ID ID ...'");
        }
        return List.of(text.substring(colon + 1).strip().split("\\s+"));
    }

    private String quoted(String text) throws AtlasFormatException {
        int open = text.indexOf('"'), close = text.indexOf('"', open + 1);
        if (open < 0 || close < 0) {
            throw problem("expected a \"quoted name\"");
        }
        return text.substring(open + 1, close);
    }

    private String afterQuoted(String text) {
        return text.substring(text.indexOf('"', text.indexOf('"') + 1) + 1).strip();
    }

    private AtlasFormatException problem(String message) {
        return new AtlasFormatException(file, line, message);
    }

    /** A muscle being read, line by line, until its 'end'. */
    private final class MuscleDraft {
        private final String id;
        private final String name;
        private final int startLine;
        private List<String> synonyms = List.of();
        private List<String> abbreviations = List.of();
        private String region;
        private Limb limb;
        private Layer layer;
        private String origin;
        private String insertion;
        private String source = "";
        private final List<TubeSpec> heads = new ArrayList<>();

        MuscleDraft(String text) throws AtlasFormatException {
            String[] words = text.split("\\s+", 2);
            if (words.length < 2 || !words[0].matches("[a-z][a-z0-9_]*")) {
                throw problem("a muscle needs an id of lower-case letters, digits and _ and a \"name\"");
            }
            this.id = words[0];
            this.name = quoted(words[1]);
            this.startLine = line;
        }

        MuscleSpec finish() throws AtlasFormatException {
            if (region == null || limb == null || layer == null || origin == null || insertion == null
                    || heads.isEmpty()) {
                throw new AtlasFormatException(file, startLine, "muscle " + id
                        + " needs a region, limb, layer, origin, insertion and at least one head");
            }
            return new MuscleSpec(id, name, synonyms, abbreviations, region, limb, layer, origin, insertion,
                    List.copyOf(heads), source);
        }
    }
}
