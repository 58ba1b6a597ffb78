package org.myoplan.atlas.landmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myoplan.atlas.AtlasFormatException;

/**
 * The landmark vocabulary with each landmark's rule on a BodyParts3D atlas and on the built-in one, read
 * from landmarks.tsv (its header describes the columns and rules). Every problem names the file and line.
 */
final class LandmarkTable {

    static final String RESOURCE = "landmarks.tsv";
    private static final int COLUMNS = 7;

    /** One row: the landmark and how each kind of atlas locates it. */
    record Entry(Landmark landmark, Rule bodyParts3d, Rule builtIn) {
    }

    private static volatile LandmarkTable shipped;

    private final Map<String, Entry> entries;

    private LandmarkTable(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The table shipped in this module, read once. */
    static LandmarkTable shipped() {
        LandmarkTable table = shipped;
        if (table == null) {
            synchronized (LandmarkTable.class) {
                if (shipped == null) {
                    shipped = readShipped();
                }
                table = shipped;
            }
        }
        return table;
    }

    private static LandmarkTable readShipped() {
        try (InputStream in = LandmarkTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The landmark table " + RESOURCE + " is missing from the atlas module");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AtlasFormatException e) {
            throw new IllegalStateException("The shipped landmark table is broken: " + e.getMessage(), e);
        }
    }

    static LandmarkTable read(Reader reader, String file) throws IOException, AtlasFormatException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        int line = 0;
        boolean header = true;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            Entry entry = entry(text.split("\t", -1), file, line);
            if (entries.put(entry.landmark().id(), entry) != null) {
                throw new AtlasFormatException(file, line, "the landmark " + entry.landmark().id()
                        + " is listed twice");
            }
            lines.put(entry.landmark().id(), line);
        }
        for (Entry entry : entries.values()) {
            int at = lines.get(entry.landmark().id());
            checkReferences(entry, entry.bodyParts3d(), entries, file, at);
            checkReferences(entry, entry.builtIn(), entries, file, at);
        }
        return new LandmarkTable(entries);
    }

    private static Entry entry(String[] cells, String file, int line) throws AtlasFormatException {
        if (cells.length != COLUMNS) {
            throw new AtlasFormatException(file, line, "expected " + COLUMNS + " tab-separated columns, found "
                    + cells.length);
        }
        String id = cells[0].strip();
        if (!id.matches("[a-z0-9_]+")) {
            throw new AtlasFormatException(file, line, "the id '" + id + "' is not lower-case letters, digits and _");
        }
        boolean paired = switch (cells[3].strip()) {
            case "paired" -> true;
            case "midline" -> false;
            default -> throw new AtlasFormatException(file, line, "laterality must be paired or midline, not '"
                    + cells[3] + "'");
        };
        Landmark landmark = new Landmark(id, cells[1].strip(), kind(cells[2], file, line), paired);
        return new Entry(landmark, rule(cells[4], "bodyparts3d", file, line), rule(cells[5], "built_in", file, line));
    }

    private static Landmark.Kind kind(String text, String file, int line) throws AtlasFormatException {
        try {
            return Landmark.Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AtlasFormatException(file, line, "kind must be bony, derived or skin, not '" + text + "'");
        }
    }

    private static Rule rule(String text, String column, String file, int line) throws AtlasFormatException {
        try {
            return Rule.parse(text);
        } catch (IllegalArgumentException e) {
            throw new AtlasFormatException(file, line, "column " + column + ": " + e.getMessage());
        }
    }

    private static void checkReferences(Entry entry, Rule rule, Map<String, Entry> entries, String file, int line)
            throws AtlasFormatException {
        for (String id : named(rule)) {
            if (!entries.containsKey(id)) {
                throw new AtlasFormatException(file, line, entry.landmark().id() + " names the unknown landmark " + id);
            }
        }
        if (rule instanceof Rule.Between b && !entries.get(b.paired()).landmark().paired()) {
            throw new AtlasFormatException(file, line, "'between' needs a paired landmark, " + b.paired()
                    + " is midline");
        }
        if (!entry.landmark().paired() && rule instanceof Rule.Extreme e && e.direction().sideways()) {
            throw new AtlasFormatException(file, line, "a midline landmark has no lateral or medial: "
                    + entry.landmark().id());
        }
    }

    /** The landmarks a rule is computed from. */
    static List<String> named(Rule rule) {
        if (rule instanceof Rule.Midpoint m) {
            return List.of(m.a(), m.b());
        } else if (rule instanceof Rule.Surface s) {
            return List.of(s.from());
        } else if (rule instanceof Rule.Between b) {
            return List.of(b.paired());
        }
        return List.of();
    }

    /** Every landmark, in the file's order. */
    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    Entry entry(String id) {
        return entries.get(id);
    }
}
