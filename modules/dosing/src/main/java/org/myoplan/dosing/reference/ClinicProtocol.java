package org.myoplan.dosing.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A clinic's own protocol table: a CSV file in the user directory with the columns of the built-in
 * muscle-ranges.csv (product, population, limb, muscle_id, muscle_name, dose_min, dose_max, per_kg,
 * sites_min, sites_max, status, source). A row for a muscle the labels do not cover adds a range; a
 * row for a muscle they cover replaces that range only when it lies within it (narrows). A row that
 * would widen a label range is refused, with a problem naming the file and line: the labels' maximums
 * stay in force. Bad rows are reported and skipped; the good ones apply.
 */
public final class ClinicProtocol {

    private final List<MuscleRange> ranges;
    private final List<String> problems;

    private ClinicProtocol(List<MuscleRange> ranges, List<String> problems) {
        this.ranges = List.copyOf(ranges);
        this.problems = List.copyOf(problems);
    }

    /** Reads the file; a missing file is an empty protocol, an unreadable one a single problem. */
    public static ClinicProtocol read(Path file, ReferenceData labels) {
        if (!Files.exists(file)) {
            return new ClinicProtocol(List.of(), List.of());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.getFileName().toString(), labels);
        } catch (CharacterCodingException e) {
            return new ClinicProtocol(List.of(), List.of(file.getFileName() + ": not a UTF-8 text file"));
        } catch (IOException | ReferenceFileException e) {
            return new ClinicProtocol(List.of(), List.of(e.getMessage()));
        }
    }

    static ClinicProtocol parse(Reader reader, String fileName, ReferenceData labels) {
        List<MuscleRange> accepted = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(reader, fileName)) {
            try {
                MuscleRange range = clinicRange(ReferenceData.range(row), row);
                Optional<MuscleRange> label = labels.range(range.product(), range.population(), range.muscleId());
                if (label.isPresent() && !range.within(label.get())) {
                    problems.add(fileName + ", line " + row.line() + ": " + range.muscleId() + " " + range.min()
                            + " to " + range.max() + " " + range.unit() + " would widen the label range "
                            + label.get().min() + " to " + label.get().max() + " " + label.get().unit()
                            + "; a protocol may only narrow it");
                } else {
                    accepted.add(range);
                }
            } catch (ReferenceFileException | IllegalArgumentException e) {
                problems.add(e.getMessage().startsWith(fileName) ? e.getMessage()
                        : fileName + ", line " + row.line() + ": " + e.getMessage());
            }
        }
        return new ClinicProtocol(accepted, problems);
    }

    /** The clinic's rows carry the clinic's status, whatever the file says. */
    private static MuscleRange clinicRange(MuscleRange read, CsvRows.Row row) {
        String citation = row.optional("source").isEmpty() ? "clinic protocol" : row.optional("source");
        return new MuscleRange(read.product(), read.population(), read.limb(), read.muscleId(), read.muscleName(),
                read.min(), read.max(), read.perKg(), read.sitesMin(), read.sitesMax(),
                new Source(citation, SourceStatus.CLINIC));
    }

    public List<MuscleRange> ranges() {
        return ranges;
    }

    /** What could not be applied, each naming the file and line. */
    public List<String> problems() {
        return problems;
    }

    /** The reference data with this protocol's ranges in place of (or beside) the labels'. */
    public ReferenceData applyTo(ReferenceData labels) {
        List<MuscleRange> merged = new ArrayList<>();
        for (MuscleRange label : labels.ranges()) {
            merged.add(ranges.stream()
                    .filter(r -> r.product() == label.product() && r.population() == label.population()
                            && r.muscleId().equals(label.muscleId()))
                    .findFirst().orElse(label));
        }
        for (MuscleRange added : ranges) {
            if (labels.range(added.product(), added.population(), added.muscleId()).isEmpty()) {
                merged.add(added);
            }
        }
        return labels.withRanges(merged);
    }
}
