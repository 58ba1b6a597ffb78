package org.myoplan.dosing.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myoplan.dosing.input.DoseParser;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Answer;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Patient;
import org.myoplan.model.Plan;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.ScreeningQuestion;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.model.Weight;

/**
 * Reads a plan file (schema: docs/plan-json.md). Every problem names the field by its path, e.g.
 * "session.targets[1].side: must be left or right", and every bad value of a file is reported in one
 * go. Doses that are zero or negative are read as they are, for the checks to report; a dose that is
 * not a number (NaN, Infinity, a word), or an absurd one, is refused here.
 */
public final class PlanJsonReader {

    /** Decimals beyond this are a typo, and huge scales would cost time and memory in arithmetic. */
    private static final int MAX_DECIMALS = 6;
    private static final int MAX_DIGITS = 12;
    private static final BigDecimal MAX_DILUENT_ML = new BigDecimal("100");

    /** NaN and Infinity are read as tokens so that their message can name the field, like any bad value. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** JSON names of the screening questions: the questions' own field names, as in finding keys. */
    private static final Map<ScreeningQuestion, String> SCREENING_FIELDS = screeningFieldNames();

    /** The fields each object may have; any other key is an error that suggests the nearest one. */
    private static final List<String> PLAN_FIELDS = List.of("patient", "history", "session", "acknowledgements");
    private static final List<String> PATIENT_FIELDS = List.of("recordNumber", "name", "birthDate", "sex", "weight",
            "indication", "screening");
    private static final List<String> WEIGHT_FIELDS = List.of("kg", "measuredOn");
    private static final List<String> SESSION_FIELDS = List.of("date", "clinician", "product", "vialUnits", "vials",
            "diluentMl", "lot", "expiry", "reconstitutedAt", "status", "notes", "targets", "limbLengthsCm");
    /** The patient's limb lengths measured in the session, each optional: see {@link LimbLengths}. */
    private static final List<String> LIMB_FIELDS = List.of("arm", "forearm", "thigh", "leg");
    private static final List<String> TARGET_FIELDS = List.of("muscle", "side", "units", "sites", "guidance",
            "injectionPoints", "notes");
    /** A point's description in words is optional text (another system's, or ours), kept beside the plan. */
    private static final List<String> POINT_FIELDS = List.of("x", "y", "z", "description");
    private static final List<String> ACKNOWLEDGEMENT_FIELDS = List.of("finding", "reason", "clinician", "at",
            "override");

    private static Map<ScreeningQuestion, String> screeningFieldNames() {
        Map<ScreeningQuestion, String> fields = new EnumMap<>(ScreeningQuestion.class);
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            fields.put(question, question.field());
        }
        return Collections.unmodifiableMap(fields);
    }

    public static Map<ScreeningQuestion, String> screeningFields() {
        return SCREENING_FIELDS;
    }

    /** A plan is a few kilobytes; far more is not a plan, and must not cost the memory it asks for. */
    public static final int MAX_CHARACTERS = 4 * 1024 * 1024;
    /** Dates a clinic can mean; anything else is a typo (a year 20260, a birth year 1066). */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    public Plan read(Reader in) throws PlanInputException {
        return readFile(in).plan();
    }

    /** The plan and the descriptions in words its injection points carried, which the plan itself does not hold. */
    public PlanFile readFile(Reader in) throws PlanInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(new BoundedReader(in, MAX_CHARACTERS));
        } catch (BoundedReader.TooLongException e) {
            throw new PlanInputException("(file): is longer than " + MAX_CHARACTERS / (1024 * 1024)
                    + " MB of text; a plan file is a few kilobytes");
        } catch (JsonParseException e) {
            throw new PlanInputException(syntaxProblem(e));
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage().startsWith("Trailing token")) {
                throw new PlanInputException("(file): has more after the plan's closing brace (line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                        + "); a file holds one plan");
            }
            throw new PlanInputException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PlanInputException("cannot read the plan: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new PlanInputException("(file): must be a JSON object with patient, session and optional history");
        }
        Problems problems = new Problems();
        Map<String, String> descriptions = new LinkedHashMap<>();
        Field top = new Field(root, "");
        problems.read(() -> top.onlyFields(PLAN_FIELDS));
        Patient patient = problems.read(() -> patient(top.object("patient"), problems));
        List<Session> history = new ArrayList<>();
        for (Field session : problems.list(() -> top.optionalArray("history"))) {
            history.add(problems.read(() -> session(session, problems, descriptions)));
        }
        Session session = problems.read(() -> session(top.object("session"), problems, descriptions));
        List<Acknowledgement> acknowledgements = new ArrayList<>();
        for (Field ack : problems.list(() -> top.optionalArray("acknowledgements"))) {
            acknowledgements.add(problems.read(() -> acknowledgement(ack)));
        }
        if (patient != null && session != null && patient.birthDate().isAfter(session.date())) {
            problems.read(() -> {
                throw top.child("patient").child("birthDate").problem("is after the session date (" + session.date()
                        + ")");
            });
        }
        problems.throwIfAny();
        return new PlanFile(new Plan(patient, history, session, acknowledgements), descriptions);
    }

    /**
     * A syntax error ends the reading. A bad value (a bare word where a number belongs) still names
     * its field, like every other bad value; elsewhere the message says where the JSON broke.
     */
    private static String syntaxProblem(JsonParseException e) {
        String where = "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String field = e.getProcessor() != null ? path(e.getProcessor().getParsingContext()) : "";
        String message = e.getOriginalMessage();
        if (!field.isEmpty() && message.startsWith("Unrecognized token '")) {
            String token = message.substring("Unrecognized token '".length(), message.indexOf('\'',
                    "Unrecognized token '".length()));
            return field + ": must be a number, true or false, or a text in \"double quotes\", not " + token + " ("
                    + where + ")";
        }
        int advice = message.indexOf(": was expecting");
        String what = advice > 0 ? message.substring(advice + 2) : message;
        return "not valid JSON at " + where + (field.isEmpty() ? "" : " (in " + field + ")") + ": " + what;
    }

    /** "session.targets[1].units" from the parser's place in the document. */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, (parts.isEmpty() && c.getParent() != null && c.getParent().inRoot() ? "" : ".")
                        + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static Patient patient(Field f, Problems problems) throws PlanInputException {
        int start = problems.count();
        problems.read(() -> f.onlyFields(PATIENT_FIELDS));
        Weight weight = problems.read(() -> f.has("weight") ? weight(f.object("weight"), problems) : null);
        String recordNumber = problems.read(() -> f.text("recordNumber"));
        String name = problems.read(() -> f.text("name"));
        LocalDate birthDate = problems.read(() -> f.date("birthDate"));
        Sex sex = problems.read(() -> f.has("sex") ? f.choice("sex", Sex.class) : Sex.UNKNOWN);
        String indication = problems.read(() -> f.optionalText("indication"));
        Screening screening = problems.read(() -> f.has("screening") ? screening(f.object("screening"))
                : Screening.notAsked());
        problems.skipIfAnySince(start);
        return new Patient(recordNumber, name, birthDate, sex, weight, indication, screening);
    }

    private static Weight weight(Field w, Problems problems) throws PlanInputException {
        int start = problems.count();
        problems.read(() -> w.onlyFields(WEIGHT_FIELDS));
        BigDecimal kg = problems.read(() -> {
            BigDecimal value = w.decimal("kg");
            if (value.signum() <= 0 || value.compareTo(new BigDecimal("500")) > 0) {
                throw w.child("kg").problem("must be a weight in kg between 0 and 500");
            }
            return value;
        });
        LocalDate measuredOn = problems.read(() -> w.date("measuredOn"));
        problems.skipIfAnySince(start);
        return new Weight(kg, measuredOn);
    }

    private static Screening screening(Field f) throws PlanInputException {
        Map<ScreeningQuestion, Answer> answers = new EnumMap<>(ScreeningQuestion.class);
        for (var question : SCREENING_FIELDS.entrySet()) {
            if (f.has(question.getValue())) {
                String text = f.text(question.getValue()).toLowerCase(Locale.ROOT);
                answers.put(question.getKey(), switch (text) {
                    case "yes" -> Answer.YES;
                    case "no" -> Answer.NO;
                    case "not asked", "not-asked", "unknown" -> Answer.NOT_ASKED;
                    default -> throw f.child(question.getValue()).problem("must be yes, no or not asked");
                });
            }
        }
        for (String name : f.fieldNames()) {
            if (!SCREENING_FIELDS.containsValue(name)) {
                throw f.child(name).problem("is not a screening question" + FieldNames.suggestion(name,
                        SCREENING_FIELDS.values()) + " (known: " + String.join(", ", SCREENING_FIELDS.values()) + ")");
            }
        }
        return new Screening(answers);
    }

    private static Session session(Field f, Problems problems, Map<String, String> descriptions)
            throws PlanInputException {
        int start = problems.count();
        problems.read(() -> f.onlyFields(SESSION_FIELDS));
        Product product = problems.read(() -> Product.byName(f.text("product")).orElseThrow(() -> f.child("product")
                .problem("must be onabotulinumtoxinA, abobotulinumtoxinA or incobotulinumtoxinA")));
        List<Target> targets = new ArrayList<>();
        for (Field target : problems.list(() -> f.array("targets"))) {
            targets.add(problems.read(() -> target(target, problems, descriptions)));
        }
        LocalDate date = problems.read(() -> f.date("date"));
        String clinician = problems.read(() -> f.optionalText("clinician"));
        Integer vialUnits = problems.read(() -> f.integer("vialUnits", 1, 10_000));
        Integer vials = problems.read(() -> f.has("vials") ? f.integer("vials", 0, 100) : 1);
        BigDecimal diluentMl = problems.read(() -> f.has("diluentMl") ? diluent(f) : null);
        String lot = problems.read(() -> f.optionalText("lot"));
        LocalDate expiry = problems.read(() -> f.has("expiry") ? f.date("expiry") : null);
        LocalDateTime reconstitutedAt = problems.read(() -> f.has("reconstitutedAt") ? f.dateTime("reconstitutedAt")
                : null);
        SessionStatus status = problems.read(() -> f.has("status") ? f.choice("status", SessionStatus.class)
                : SessionStatus.PLANNED);
        String notes = problems.read(() -> f.optionalText("notes"));
        LimbLengths lengths = problems.read(() -> f.has("limbLengthsCm")
                ? limbLengths(f.object("limbLengthsCm"), problems) : LimbLengths.NONE);
        problems.skipIfAnySince(start);
        return new Session(date, clinician, product, vialUnits, vials, diluentMl, lot, expiry, reconstitutedAt,
                status, notes, targets, lengths);
    }

    private static LimbLengths limbLengths(Field f, Problems problems) throws PlanInputException {
        int start = problems.count();
        problems.read(() -> f.onlyFields(LIMB_FIELDS));
        BigDecimal arm = problems.read(() -> limbLength(f, "arm"));
        BigDecimal forearm = problems.read(() -> limbLength(f, "forearm"));
        BigDecimal thigh = problems.read(() -> limbLength(f, "thigh"));
        BigDecimal leg = problems.read(() -> limbLength(f, "leg"));
        problems.skipIfAnySince(start);
        return new LimbLengths(arm, forearm, thigh, leg);
    }

    /** A length in cm as the model takes it (5 to 100, two decimals at most), or null when not given. */
    private static BigDecimal limbLength(Field f, String name) throws PlanInputException {
        if (!f.has(name)) {
            return null;
        }
        BigDecimal cm = f.decimal(name);
        if (cm.compareTo(LimbLengths.MIN_CM) < 0 || cm.compareTo(LimbLengths.MAX_CM) > 0
                || cm.stripTrailingZeros().scale() > 2) {
            throw f.child(name).problem("must be the " + name + " length in cm, from " + LimbLengths.MIN_CM + " to "
                    + LimbLengths.MAX_CM + " with at most two decimals");
        }
        return cm;
    }

    private static BigDecimal diluent(Field f) throws PlanInputException {
        BigDecimal ml = f.decimal("diluentMl");
        if (ml.signum() <= 0 || ml.compareTo(MAX_DILUENT_ML) > 0) {
            throw f.child("diluentMl").problem("must be the diluent in mL, more than 0 and at most "
                    + MAX_DILUENT_ML.toPlainString());
        }
        return ml;
    }

    private static Target target(Field f, Problems problems, Map<String, String> descriptions)
            throws PlanInputException {
        int start = problems.count();
        problems.read(() -> f.onlyFields(TARGET_FIELDS));
        BigDecimal units = problems.read(() -> {
            BigDecimal value = f.decimal("units");
            if (value.abs().compareTo(DoseParser.MAXIMUM) > 0) {
                throw f.child("units").problem("must be at most " + DoseParser.MAXIMUM.toPlainString()
                        + " units (a typo?)");
            }
            return value;
        });
        List<InjectionPoint> points = new ArrayList<>();
        for (Field point : problems.list(() -> f.optionalArray("injectionPoints"))) {
            problems.read(() -> point.onlyFields(POINT_FIELDS));
            points.add(problems.read(() -> new InjectionPoint(point.decimal("x").doubleValue(),
                    point.decimal("y").doubleValue(), point.decimal("z").doubleValue())));
            problems.read(() -> point.has("description") ? descriptions.put(point.path, point.text("description"))
                    : null);
        }
        String muscle = problems.read(() -> f.text("muscle"));
        Side side = problems.read(() -> f.choice("side", Side.class));
        Integer sites = problems.read(() -> f.integer("sites", -1000, 1000));
        Guidance guidance = problems.read(() -> f.has("guidance") ? guidance(f) : Guidance.ULTRASOUND);
        String notes = problems.read(() -> f.optionalText("notes"));
        problems.skipIfAnySince(start);
        return new Target(muscle, side, units, sites, guidance, points, notes);
    }

    private static Guidance guidance(Field f) throws PlanInputException {
        String text = f.text("guidance").toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (text) {
            case "ultrasound" -> Guidance.ULTRASOUND;
            case "e_stim", "estim", "electrical_stimulation" -> Guidance.E_STIM;
            case "emg" -> Guidance.EMG;
            case "palpation" -> Guidance.PALPATION;
            default -> throw f.child("guidance").problem("must be ultrasound, e-stim, emg or palpation");
        };
    }

    private static Acknowledgement acknowledgement(Field f) throws PlanInputException {
        f.onlyFields(ACKNOWLEDGEMENT_FIELDS);
        try {
            return new Acknowledgement(f.text("finding"), f.text("reason"), f.text("clinician"),
                    f.has("at") ? f.instant("at") : Instant.EPOCH, f.has("override") && f.bool("override"));
        } catch (IllegalArgumentException e) {
            throw f.problem(e.getMessage());
        }
    }

    /** A read that may fail with a message naming its field. */
    @FunctionalInterface
    private interface Reading<T> {
        T read() throws PlanInputException;
    }

    /**
     * Collects every problem of a file so that one run reports them all. A field with a problem is read
     * as null, and every object around it is then skipped rather than built half-read.
     */
    private static final class Problems {

        private static final PlanInputException SKIP = new PlanInputException("(skipped)");

        private final List<String> messages = new ArrayList<>();

        <T> T read(Reading<T> reading) {
            try {
                return reading.read();
            } catch (PlanInputException e) {
                if (e != SKIP) {
                    messages.addAll(e.problems());
                }
                return null;
            }
        }

        int count() {
            return messages.size();
        }

        List<Field> list(Reading<List<Field>> reading) {
            List<Field> fields = read(reading);
            return fields == null ? List.of() : fields;
        }

        /** Called when an object has read all its fields: a problem since it began skips building it. */
        void skipIfAnySince(int start) throws PlanInputException {
            if (messages.size() > start) {
                throw SKIP;
            }
        }

        void throwIfAny() throws PlanInputException {
            if (!messages.isEmpty()) {
                throw new PlanInputException(messages);
            }
        }
    }

    /** A JSON node with its path, for messages. */
    private record Field(JsonNode node, String path) {

        Field child(String name) {
            return new Field(node.get(name), path.isEmpty() ? name : path + "." + name);
        }

        PlanInputException problem(String message) {
            return new PlanInputException((path.isEmpty() ? "(file)" : path) + ": " + message);
        }

        boolean has(String name) {
            return node.has(name) && !node.get(name).isNull();
        }

        /** Misspelt or unknown keys are errors: a plan must never pass with a field that was not read. */
        Void onlyFields(List<String> known) throws PlanInputException {
            List<String> problems = new ArrayList<>();
            for (String name : fieldNames()) {
                if (!known.contains(name)) {
                    problems.add(child(name).problem("is not a field here" + FieldNames.suggestion(name, known)
                            + " (fields: " + String.join(", ", known) + ")").getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new PlanInputException(problems);
            }
            return null;
        }

        Iterable<String> fieldNames() {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }

        private Field required(String name) throws PlanInputException {
            if (!has(name)) {
                throw child(name).problem("is missing");
            }
            return child(name);
        }

        Field object(String name) throws PlanInputException {
            Field f = required(name);
            if (!f.node.isObject()) {
                throw f.problem("must be an object { ... }");
            }
            return f;
        }

        List<Field> array(String name) throws PlanInputException {
            Field f = required(name);
            if (!f.node.isArray()) {
                throw f.problem("must be a list [ ... ]");
            }
            List<Field> items = new ArrayList<>();
            for (int i = 0; i < f.node.size(); i++) {
                Field item = new Field(f.node.get(i), f.path + "[" + i + "]");
                if (!item.node.isObject()) {
                    throw item.problem("must be an object { ... }");
                }
                items.add(item);
            }
            return items;
        }

        List<Field> optionalArray(String name) throws PlanInputException {
            return has(name) ? array(name) : List.of();
        }

        String text(String name) throws PlanInputException {
            Field f = required(name);
            if (!f.node.isTextual() || f.node.asText().isBlank()) {
                throw f.problem("must be a non-empty text");
            }
            return f.node.asText().strip();
        }

        String optionalText(String name) throws PlanInputException {
            return has(name) ? text(name) : "";
        }

        BigDecimal decimal(String name) throws PlanInputException {
            Field f = required(name);
            if (f.node.isTextual()) {
                throw f.problem("must be a number written without quotes, with a point for decimals (e.g. 12.5), not \""
                        + f.node.asText() + "\"");
            }
            if (!f.node.isNumber()) {
                throw f.problem("must be a number");
            }
            if ((f.node.isDouble() || f.node.isFloat()) && !Double.isFinite(f.node.doubleValue())) {
                throw f.problem("must be a number, not " + f.node.asText());
            }
            BigDecimal value = f.node.decimalValue();
            // Checked on the scale before any arithmetic: 1e-100000000 is cheap to hold, ruinous to use.
            if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw f.problem("must have at most " + MAX_DECIMALS + " decimals");
            }
            if (value.precision() - value.scale() > MAX_DIGITS) {
                throw f.problem("is far too large (at most " + MAX_DIGITS + " digits before the point)");
            }
            return value;
        }

        int integer(String name, int min, int max) throws PlanInputException {
            Field f = required(name);
            if (!f.node.isIntegralNumber() || !f.node.canConvertToInt() || f.node.asInt() < min
                    || f.node.asInt() > max) {
                throw f.problem("must be a whole number from " + min + " to " + max);
            }
            return f.node.asInt();
        }

        boolean bool(String name) throws PlanInputException {
            Field f = required(name);
            if (!f.node.isBoolean()) {
                throw f.problem("must be true or false");
            }
            return f.node.asBoolean();
        }

        LocalDate date(String name) throws PlanInputException {
            String text = text(name);
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw child(name).problem("must be a date like 2026-11-28, not \"" + text + "\"");
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw child(name).problem("must be a date from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + text);
            }
            return date;
        }

        LocalDateTime dateTime(String name) throws PlanInputException {
            String text = text(name);
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw child(name).problem("must be a date and time like 2026-11-28T09:30, not \"" + text + "\"");
            }
        }

        Instant instant(String name) throws PlanInputException {
            String text = text(name);
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw child(name).problem("must be a UTC time like 2026-11-28T09:30:00Z, not \"" + text + "\"");
            }
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) throws PlanInputException {
            String text = text(name);
            for (E value : type.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(text.replace(' ', '_').replace('-', '_'))) {
                    return value;
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E value : type.getEnumConstants()) {
                allowed.add(value.name().toLowerCase(Locale.ROOT));
            }
            throw child(name).problem("must be one of " + String.join(", ", allowed) + ", not \"" + text + "\"");
        }
    }
}
