package org.myoplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myoplan.atlas.Muscle;

/**
 * Muscles as the {@code muscles} command prints them: CSV (RFC 4180, header row) for a mapping file,
 * or a JSON array of objects. Columns: id, key, name, side, limb, region, layer, triangles.
 */
final class MuscleListing {

    static final List<String> COLUMNS = List.of("id", "key", "name", "side", "limb", "region", "layer", "triangles");

    private MuscleListing() {
    }

    static String csv(List<Muscle> muscles) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        COLUMNS.forEach(schema::addColumn);
        try {
            // quote a cell only where RFC 4180 needs it (a comma, quote or line break), so the file reads plainly
            CsvMapper csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
            return csv.writer(schema.build()).writeValueAsString(rows(muscles));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(List<Muscle> muscles) {
        try {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            return json.writeValueAsString(rows(muscles)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> rows(List<Muscle> muscles) {
        return muscles.stream().map(MuscleListing::row).toList();
    }

    private static Map<String, Object> row(Muscle m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", m.id());
        row.put("key", m.key());
        row.put("name", m.displayName());
        row.put("side", m.side().displayName());
        row.put("limb", m.limb() == null ? "" : m.limb().name().toLowerCase(Locale.ROOT));
        row.put("region", m.region());
        row.put("layer", m.layer().name().toLowerCase(Locale.ROOT));
        row.put("triangles", m.mesh().triangleCount());
        return row;
    }
}
