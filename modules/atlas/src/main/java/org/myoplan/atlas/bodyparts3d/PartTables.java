package org.myoplan.atlas.bodyparts3d;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two tables the import rests on, shipped in this package: {@code bodyparts3d-elements.tsv} (each
 * BodyParts3D 4.0 element file that is a bone or a muscle, with its FMA concept and name) and
 * {@code bodyparts3d-muscles.tsv} (each Myoplan muscle as BodyParts3D parts by FMA id, right and left).
 * Both are facts taken from the official tree files; BodyParts3dTablesTest checks them against the trees.
 */
final class PartTables {

    static final String ELEMENTS = "bodyparts3d-elements.tsv";
    static final String MUSCLES = "bodyparts3d-muscles.tsv";

    enum Kind {
        BONE, MUSCLE
    }

    /** One element file ("FJ1447") and the concept it draws. */
    record Element(String file, String fma, Kind kind, String name) {
    }

    /** One part of a Myoplan muscle ({@code muscleId} "-" for a concept not drawn at all). */
    record Part(String muscleId, String rightFma, String rightName, String leftFma, String leftName, String source,
            String note, int line) {

        boolean fromVersion3() {
            return source.equals("3.0");
        }
    }

    private final List<Element> elements;
    private final Map<String, List<Element>> byFma = new LinkedHashMap<>();
    private final List<Part> parts;

    private PartTables(List<Element> elements, List<Part> parts) {
        this.elements = List.copyOf(elements);
        this.parts = List.copyOf(parts);
        elements.forEach(e -> byFma.computeIfAbsent(e.fma(), k -> new ArrayList<>()).add(e));
    }

    static PartTables load() {
        List<Element> elements = new ArrayList<>();
        for (Row row : rows(ELEMENTS, 4)) {
            elements.add(new Element(row.cells[0], row.cells[1], Kind.valueOf(row.cells[2].toUpperCase(Locale.ROOT)),
                    row.cells[3]));
        }
        List<Part> parts = new ArrayList<>();
        for (Row row : rows(MUSCLES, 7)) {
            String[] c = row.cells;
            parts.add(new Part(c[0], c[1], c[2], c[3], c[4], c[5], c[6], row.line));
        }
        return new PartTables(elements, parts);
    }

    List<Element> elements() {
        return elements;
    }

    /** The element files of a concept (several for some, such as flexor digitorum superficialis). */
    List<Element> files(String fma) {
        return byFma.getOrDefault(fma, List.of());
    }

    List<Part> parts() {
        return parts;
    }

    /** The parts of each mapped Myoplan muscle, in the table's order. */
    Map<String, List<Part>> partsByMuscle() {
        Map<String, List<Part>> result = new LinkedHashMap<>();
        parts.stream().filter(p -> !p.muscleId().equals("-"))
                .forEach(p -> result.computeIfAbsent(p.muscleId(), k -> new ArrayList<>()).add(p));
        return result;
    }

    private record Row(int line, String[] cells) {
    }

    /** The data rows of a shipped table: '#' lines and the header skipped; a malformed row is a build error. */
    private static List<Row> rows(String table, int columns) {
        String text;
        try (InputStream in = PartTables.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("The table " + table + " is missing from the atlas module");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(table + ", line " + (i + 1) + ": " + cells.length + " columns, not "
                        + columns);
            }
            rows.add(new Row(i + 1, cells));
        }
        return rows;
    }
}
