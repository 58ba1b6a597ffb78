package org.myoplan.dosing.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a CSV file with a header row and '#' comment lines into rows that know their line number. */
final class CsvRows {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);

    private CsvRows() {
    }

    /** One data row: its columns by header name, and its line in the file (1-based) for messages. */
    record Row(Map<String, String> columns, int line, String file) {

        String get(String column) {
            String value = columns.get(column);
            if (value == null) {
                throw problem("has no column '" + column + "'");
            }
            return value.trim();
        }

        String optional(String column) {
            String value = columns.get(column);
            return value == null ? "" : value.trim();
        }

        ReferenceFileException problem(String what) {
            return new ReferenceFileException(file + ", line " + line + ": " + what, null);
        }
    }

    static List<Row> read(Reader reader, String file) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String,
                String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                rows.add(new Row(it.nextValue(), line, file));
            }
        } catch (IOException | RuntimeException e) {
            throw new ReferenceFileException(file + ": not a readable table ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        return rows;
    }
}
