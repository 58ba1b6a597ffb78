package org.myoplan.atlas;

import java.util.List;
import java.util.Locale;

/**
 * The atlas's muscles as a listing for the command line and for export: CSV (RFC 4180, header row)
 * or JSON (an array of objects). Columns: id, key, name, side, limb, region, layer, triangles.
 */
public final class AtlasListing {

    public static final List<String> COLUMNS = List.of("id", "key", "name", "side", "limb", "region", "layer",
            "triangles");

    private AtlasListing() {
    }

    /** All muscles of the atlas, as CSV. */
    public static String csv(Atlas atlas) {
        return csv(atlas.muscles());
    }

    public static String csv(List<Muscle> muscles) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Muscle m : muscles) {
            List<String> cells = cells(m);
            for (int i = 0; i < cells.size(); i++) {
                out.append(i == 0 ? "" : ",").append(csvCell(cells.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** All muscles of the atlas, as a JSON array. */
    public static String json(Atlas atlas) {
        return json(atlas.muscles());
    }

    public static String json(List<Muscle> muscles) {
        StringBuilder out = new StringBuilder("[");
        for (int r = 0; r < muscles.size(); r++) {
            Muscle m = muscles.get(r);
            out.append(r == 0 ? "\n  {" : ",\n  {");
            List<String> cells = cells(m);
            for (int i = 0; i < COLUMNS.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(jsonString(COLUMNS.get(i))).append(": ");
                out.append(COLUMNS.get(i).equals("triangles") ? cells.get(i) : jsonString(cells.get(i)));
            }
            out.append('}');
        }
        return out.append(muscles.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static List<String> cells(Muscle m) {
        return List.of(m.id(), m.key(), m.displayName(), m.side().displayName(),
                m.limb().name().toLowerCase(Locale.ROOT), m.region(), m.layer().name().toLowerCase(Locale.ROOT),
                Integer.toString(m.mesh().triangleCount()));
    }

    private static String csvCell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
