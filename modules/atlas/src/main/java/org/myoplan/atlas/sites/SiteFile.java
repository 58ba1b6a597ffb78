package org.myoplan.atlas.sites;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.myoplan.atlas.sites.SuggestedSite.Status;

/**
 * Reads the suggested-sites table (CSV with a header row, quoted fields as RFC 4180) and checks every
 * field at the edge, so that a wrong landmark or status is named with its file and line instead of
 * turning into a wrong point on the screen.
 */
final class SiteFile {

    static final List<String> COLUMNS = List.of("muscle_id", "site", "landmark_a", "landmark_b", "fraction_from_a",
            "offset", "depth_mm", "position", "avoid", "source", "status");

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final Pattern RANGE = Pattern.compile(NUMBER + "(?:\\s*-\\s*" + NUMBER + ")?");

    private final String file;
    private final Set<String> landmarkIds;
    private final Set<String> muscleIds;

    private SiteFile(String file, Set<String> landmarkIds, Set<String> muscleIds) {
        this.file = file;
        this.landmarkIds = landmarkIds;
        this.muscleIds = muscleIds;
    }

    /**
     * Every row of the table, in its order.
     *
     * @param landmarkIds the landmark vocabulary the table's landmark ids must come from
     * @param muscleIds the atlas's muscle ids the table's muscles must come from
     */
    static List<SuggestedSite> read(Reader reader, String file, Set<String> landmarkIds, Set<String> muscleIds) {
        return new SiteFile(file, landmarkIds, muscleIds).rows(reader);
    }

    private List<SuggestedSite> rows(Reader reader) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<SuggestedSite> sites = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema)
                .readValues(reader)) {
            boolean first = true;
            while (it.hasNextValue()) {
                // the parser stands at the row's first token: after reading the row it is on the next line
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> columns = it.nextValue();
                if (first) {
                    checkHeader(it.getParserSchema());
                    first = false;
                }
                sites.add(site(new Row(columns, line)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SiteFileException known) {
                throw known;
            }
            throw new SiteFileException(file + where(e) + ": not a readable table ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
        }
        return sites;
    }

    /** ", line 7" where the parser knows the line of a broken row (a quote left open, a field too many). */
    private static String where(Exception e) {
        return e instanceof JsonProcessingException j && j.getLocation() != null
                ? ", line " + j.getLocation().getLineNr() : "";
    }

    /** The header must have exactly the known columns: an unknown one would be data silently dropped. */
    private void checkHeader(FormatSchema parserSchema) {
        CsvSchema schema = (CsvSchema) parserSchema;
        List<String> names = new ArrayList<>();
        for (Iterator<CsvSchema.Column> c = schema.iterator(); c.hasNext();) {
            names.add(c.next().getName());
        }
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                throw new SiteFileException(file + ", line 1: unknown column '" + name + "'", null);
            }
        }
        for (String name : COLUMNS) {
            if (!names.contains(name)) {
                throw new SiteFileException(file + ", line 1: the column '" + name + "' is missing", null);
            }
        }
    }

    private SuggestedSite site(Row row) {
        String muscle = row.required("muscle_id");
        if (!muscleIds.contains(muscle)) {
            throw row.problem("muscle_id", "unknown muscle '" + muscle + "'");
        }
        String a = landmark(row, "landmark_a");
        String b = landmark(row, "landmark_b");
        if (a.isEmpty() && !b.isEmpty()) {
            throw row.problem("landmark_a", "is empty but landmark_b is not: landmark_a is the line's 0% end");
        }
        return new SuggestedSite(muscle, row.required("site"), a, b, fraction(row), row.optional("offset"),
                depth(row), row.optional("position"), row.optional("avoid"), row.required("source"), status(row),
                row.line());
    }

    private String landmark(Row row, String column) {
        String id = row.optional(column);
        boolean known = id.isEmpty() || landmarkIds.contains(id)
                || LineLandmarks.ends(id).map(landmarkIds::containsAll).orElse(false);
        if (!known) {
            throw row.problem(column, "unknown landmark '" + id + "'");
        }
        return id;
    }

    private Optional<Fraction> fraction(Row row) {
        String text = row.optional("fraction_from_a");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        double[] ends = range(row, "fraction_from_a", text);
        if (ends[0] > 1 || ends[1] > 1) {
            throw row.problem("fraction_from_a", "'" + text + "' lies outside 0..1");
        }
        if (ends[0] == ends[1] && text.contains("-")) {
            throw row.problem("fraction_from_a", "'" + text + "' is a zone whose ends are equal: write one value");
        }
        return Optional.of(ends[0] == ends[1] ? Fraction.point(ends[0], text) : Fraction.zone(ends[0], ends[1], text));
    }

    private String depth(Row row) {
        String text = row.optional("depth_mm");
        if (!text.isEmpty()) {
            range(row, "depth_mm", text);
        }
        return text;
    }

    /** A number ("0.438") or a range ("0.30-0.60") whose ends are in order; both ends of a number are the same. */
    private static double[] range(Row row, String column, String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw row.problem(column, "'" + text + "' is neither a number nor a range such as 0.30-0.60");
        }
        double from = Double.parseDouble(m.group(1));
        double to = m.group(2) == null ? from : Double.parseDouble(m.group(2));
        if (to < from) {
            throw row.problem(column, "the range '" + text + "' has its ends reversed");
        }
        return new double[] {from, to};
    }

    private static Status status(Row row) {
        String text = row.required("status");
        for (Status s : Status.values()) {
            if (s.fileValue().equals(text)) {
                return s;
            }
        }
        throw row.problem("status", "unknown status '" + text + "' (published, secondary or unconfirmed)");
    }

    /** One data row with its line, so that every problem names where it is. */
    private final class Row {

        private final Map<String, String> columns;
        private final int line;

        Row(Map<String, String> columns, int line) {
            this.columns = columns;
            this.line = line;
        }

        int line() {
            return line;
        }

        String optional(String column) {
            String value = columns.get(column);
            return value == null ? "" : value.strip();
        }

        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw problem(column, "is empty");
            }
            return value;
        }

        SiteFileException problem(String column, String what) {
            return new SiteFileException(file + ", line " + line + ", " + column + ": " + what, null);
        }
    }
}
