package org.myoplan.dosing.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.myoplan.model.Limb;
import org.myoplan.model.Population;
import org.myoplan.model.Product;

/**
 * The reference numbers Myoplan checks plans against, read from the resource files beside this class
 * (each row with its source and status), optionally narrowed or extended by a clinic's protocol table.
 * Immutable; load once and share.
 */
public final class ReferenceData {

    private static final String FOLDER = "/org/myoplan/dosing/reference/";

    private final List<MuscleRange> ranges;
    private final List<SessionLimit> limits;
    private final List<LabelDilution> dilutions;
    private final List<PatternMuscle> patterns;
    private final Map<String, Limb> limbs;
    private final Map<String, String> muscleNames;
    private final Map<Product, List<Integer>> vialSizes;

    private ReferenceData(List<MuscleRange> ranges, List<SessionLimit> limits, List<LabelDilution> dilutions,
            List<PatternMuscle> patterns, Map<String, Limb> limbs, Map<String, String> muscleNames,
            Map<Product, List<Integer>> vialSizes) {
        this.ranges = List.copyOf(ranges);
        this.limits = List.copyOf(limits);
        this.dilutions = List.copyOf(dilutions);
        this.patterns = List.copyOf(patterns);
        this.limbs = Map.copyOf(limbs);
        this.muscleNames = Map.copyOf(muscleNames);
        this.vialSizes = Map.copyOf(vialSizes);
    }

    /** The labels' and guide's numbers shipped with Myoplan. */
    public static ReferenceData builtIn() {
        Map<String, Limb> limbs = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CsvRows.Row row : resource("muscles.csv")) {
            limbs.put(row.get("muscle_id"), limb(row));
            names.put(row.get("muscle_id"), row.get("name"));
        }
        return new ReferenceData(
                map(resource("muscle-ranges.csv"), ReferenceData::range),
                map(resource("session-limits.csv"), ReferenceData::limit),
                map(resource("dilutions.csv"), ReferenceData::dilution),
                map(resource("patterns.csv"), ReferenceData::pattern),
                limbs, names, vials(resource("products.csv")));
    }

    /** These numbers with a clinic's protocol rows applied (see {@link ClinicProtocol}). */
    public ReferenceData withRanges(List<MuscleRange> newRanges) {
        return new ReferenceData(newRanges, limits, dilutions, patterns, limbs, muscleNames, vialSizes);
    }

    public List<MuscleRange> ranges() {
        return ranges;
    }

    public List<SessionLimit> limits() {
        return limits;
    }

    public List<LabelDilution> dilutions() {
        return dilutions;
    }

    public List<PatternMuscle> patterns() {
        return patterns;
    }

    public Optional<MuscleRange> range(Product product, Population population, String muscleId) {
        return ranges.stream()
                .filter(r -> r.product() == product && r.population() == population && r.muscleId().equals(muscleId))
                .findFirst();
    }

    public List<SessionLimit> limits(Product product, Population population, LimitKind kind) {
        return limits.stream()
                .filter(l -> l.product() == product && l.population() == population && l.kind() == kind)
                .toList();
    }

    public Optional<Limb> limbOf(String muscleId) {
        return Optional.ofNullable(limbs.get(muscleId));
    }

    public String nameOf(String muscleId) {
        return muscleNames.getOrDefault(muscleId, muscleId.replace('_', ' '));
    }

    public List<Integer> vialSizes(Product product) {
        return vialSizes.getOrDefault(product, List.of());
    }

    public Optional<LabelDilution> labelDilution(Product product, int vialUnits, BigDecimal diluentMl) {
        return dilutions.stream()
                .filter(d -> d.product() == product && d.vialUnits() == vialUnits
                && d.diluentMl().compareTo(diluentMl) == 0) .findFirst();
    }

    // ---- reading rows -------------------------------------------------------------------------

    static MuscleRange range(CsvRows.Row row) {
        return new MuscleRange(product(row), population(row), limb(row), row.get("muscle_id"), row.get("muscle_name"),
                number(row, "dose_min"), number(row, "dose_max"), yes(row, "per_kg"),
                optionalInt(row, "sites_min"), optionalInt(row, "sites_max"),
                new Source(row.get("source"), status(row)));
    }

    private static SessionLimit limit(CsvRows.Row row) {
        return new SessionLimit(product(row), population(row), enumValue(row, "kind", LimitKind.class),
                enumValue(row, "scope", LimitScope.class), number(row, "value"), optionalInt(row, "window_weeks"),
                new Source(row.get("source"), status(row)));
    }

    private static LabelDilution dilution(CsvRows.Row row) {
        return new LabelDilution(product(row), Integer.parseInt(row.get("vial_units")), number(row, "diluent_ml"),
                number(row, "units_per_0_1_ml"), new Source(row.get("source"), status(row)));
    }

    private static PatternMuscle pattern(CsvRows.Row row) {
        return new PatternMuscle(limb(row), row.get("pattern"), row.get("muscle_id"), row.get("muscle_name"),
                number(row, "start_units"), number(row, "range_min"), number(row, "range_max"),
                Integer.parseInt(row.get("sites_min")), Integer.parseInt(row.get("sites_max")),
                new Source(row.get("source"), status(row)));
    }

    private static Map<Product, List<Integer>> vials(List<CsvRows.Row> rows) {
        Map<Product, List<Integer>> sizes = new LinkedHashMap<>();
        for (CsvRows.Row row : rows) {
            sizes.put(product(row), Arrays.stream(row.get("vial_units").split("\\s+")).map(Integer::valueOf).toList());
        }
        return sizes;
    }

    static Product product(CsvRows.Row row) {
        String name = row.get("product");
        return Product.byName(name).orElseThrow(() -> row.problem("unknown product '" + name
                + "' (expected onabotulinumtoxinA, abobotulinumtoxinA or incobotulinumtoxinA)"));
    }

    static Population population(CsvRows.Row row) {
        return switch (row.get("population").toLowerCase(Locale.ROOT)) {
            case "adult" -> Population.ADULT;
            case "pediatric", "paediatric", "child" -> Population.PEDIATRIC;
            default -> throw row.problem("unknown population '" + row.get("population")
                    + "' (expected adult or pediatric)");
        };
    }

    static Limb limb(CsvRows.Row row) {
        return switch (row.get("limb").toLowerCase(Locale.ROOT)) {
            case "upper" -> Limb.UPPER;
            case "lower" -> Limb.LOWER;
            default -> throw row.problem("unknown limb '" + row.get("limb") + "' (expected upper or lower)");
        };
    }

    static BigDecimal number(CsvRows.Row row, String column) {
        String text = row.get(column);
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                throw row.problem(column + " must not be negative, was " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw row.problem(column + " must be a number like 12.5, was '" + text + "'");
        }
    }

    private static Integer optionalInt(CsvRows.Row row, String column) {
        String text = row.optional(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw row.problem(column + " must be a whole number, was '" + text + "'");
        }
    }

    private static boolean yes(CsvRows.Row row, String column) {
        return switch (row.get(column).toLowerCase(Locale.ROOT)) {
            case "yes", "1", "true" -> true;
            case "no", "0", "false", "" -> false;
            default -> throw row.problem(column + " must be yes or no, was '" + row.get(column) + "'");
        };
    }

    private static SourceStatus status(CsvRows.Row row) {
        return enumValue(row, "status", SourceStatus.class);
    }

    private static <E extends Enum<E>> E enumValue(CsvRows.Row row, String column, Class<E> type) {
        String text = row.get(column).toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw row.problem(column + " '" + row.get(column) + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> List<T> map(List<CsvRows.Row> rows, Function<CsvRows.Row, T> mapper) {
        List<T> result = new ArrayList<>();
        rows.forEach(row -> result.add(mapper.apply(row)));
        return result;
    }

    private static List<CsvRows.Row> resource(String name) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new ReferenceFileException("The reference file " + name + " is missing from the dosing module",
                        null);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CsvRows.read(reader, name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
