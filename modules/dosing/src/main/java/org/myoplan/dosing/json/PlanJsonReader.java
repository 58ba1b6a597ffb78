package org.myoplan.dosing.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myoplan.dosing.Answer;
import org.myoplan.dosing.Guidance;
import org.myoplan.dosing.InjectionPoint;
import org.myoplan.dosing.Patient;
import org.myoplan.dosing.Product;
import org.myoplan.dosing.Screening;
import org.myoplan.dosing.ScreeningQuestion;
import org.myoplan.dosing.Session;
import org.myoplan.dosing.SessionStatus;
import org.myoplan.dosing.Sex;
import org.myoplan.dosing.Side;
import org.myoplan.dosing.Target;
import org.myoplan.dosing.Weight;
import org.myoplan.dosing.input.DoseParser;
import org.myoplan.dosing.rules.Acknowledgement;

/**
 * Reads a plan file (schema: docs/plan-json.md). Every problem names the field by its path, e.g.
 * "session.targets[1].side: must be left or right". Doses that are zero or negative are read as they
 * are, for the checks to report; a dose that is not a number, or an absurd one, is refused here.
 */
public final class PlanJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** JSON names of the screening questions. */
    private static final Map<ScreeningQuestion, String> SCREENING_FIELDS = new EnumMap<>(Map.of(
            ScreeningQuestion.NEUROMUSCULAR_DISEASE, "neuromuscularDisease",
            ScreeningQuestion.PREGNANCY_OR_BREASTFEEDING, "pregnancyOrBreastfeeding",
            ScreeningQuestion.TOXIN_OR_ALBUMIN_ALLERGY, "toxinOrAlbuminAllergy",
            ScreeningQuestion.INFECTION_AT_SITE, "infectionAtSite",
            ScreeningQuestion.NEUROMUSCULAR_DRUGS, "neuromuscularDrugs",
            ScreeningQuestion.ANTICOAGULANTS, "anticoagulants",
            ScreeningQuestion.SWALLOWING_OR_BREATHING_PROBLEMS, "swallowingOrBreathingProblems",
            ScreeningQuestion.RECENT_TOXIN_INJECTION, "recentToxinInjection"));

    public static Map<ScreeningQuestion, String> screeningFields() {
        return SCREENING_FIELDS;
    }

    public PlanDocument read(Reader in) throws PlanInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonParseException e) {
            throw new PlanInputException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new PlanInputException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PlanInputException("cannot read the plan: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new PlanInputException("(file): must be a JSON object with patient, session and optional history");
        }
        Field top = new Field(root, "");
        Patient patient = patient(top.object("patient"));
        List<Session> history = new ArrayList<>();
        for (Field session : top.optionalArray("history")) {
            history.add(session(session));
        }
        Session session = session(top.object("session"));
        List<Acknowledgement> acknowledgements = new ArrayList<>();
        for (Field ack : top.optionalArray("acknowledgements")) {
            acknowledgements.add(acknowledgement(ack));
        }
        return new PlanDocument(patient, history, session, acknowledgements);
    }

    private static Patient patient(Field f) throws PlanInputException {
        Weight weight = null;
        if (f.has("weight")) {
            Field w = f.object("weight");
            BigDecimal kg = w.decimal("kg");
            if (kg.signum() <= 0 || kg.compareTo(new BigDecimal("500")) > 0) {
                throw w.child("kg").problem("must be a weight in kg between 0 and 500");
            }
            weight = new Weight(kg, w.date("measuredOn"));
        }
        return new Patient(f.text("recordNumber"), f.text("name"), f.date("birthDate"),
                f.has("sex") ? f.choice("sex", Sex.class) : Sex.UNKNOWN, weight, f.optionalText("indication"),
                f.has("screening") ? screening(f.object("screening")) : Screening.notAsked());
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
                throw f.child(name).problem("is not a screening question (known: " + String.join(", ", SCREENING_FIELDS.values()) + ")");
            }
        }
        return new Screening(answers);
    }

    private static Session session(Field f) throws PlanInputException {
        String productName = f.text("product");
        Product product = Product.byName(productName).orElseThrow(() -> f.child("product")
                .problem("must be onabotulinumtoxinA, abobotulinumtoxinA or incobotulinumtoxinA"));
        List<Target> targets = new ArrayList<>();
        for (Field target : f.array("targets")) {
            targets.add(target(target));
        }
        return new Session(f.date("date"), f.optionalText("clinician"), product, f.integer("vialUnits", 1, 10_000),
                f.has("vials") ? f.integer("vials", 0, 100) : 1, f.has("diluentMl") ? f.decimal("diluentMl") : null,
                f.optionalText("lot"), f.has("expiry") ? f.date("expiry") : null,
                f.has("reconstitutedAt") ? f.dateTime("reconstitutedAt") : null,
                f.has("status") ? f.choice("status", SessionStatus.class) : SessionStatus.PLANNED,
                f.optionalText("notes"), targets);
    }

    private static Target target(Field f) throws PlanInputException {
        BigDecimal units = f.decimal("units");
        if (units.abs().compareTo(DoseParser.MAXIMUM) > 0) {
            throw f.child("units").problem("must be at most " + DoseParser.MAXIMUM.toPlainString() + " units (a typo?)");
        }
        List<InjectionPoint> points = new ArrayList<>();
        for (Field point : f.optionalArray("injectionPoints")) {
            points.add(new InjectionPoint(point.decimal("x").doubleValue(), point.decimal("y").doubleValue(),
                    point.decimal("z").doubleValue()));
        }
        return new Target(f.text("muscle"), f.choice("side", Side.class), units, f.integer("sites", -1000, 1000),
                f.has("guidance") ? guidance(f) : Guidance.ULTRASOUND, points, f.optionalText("notes"));
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
        try {
            return new Acknowledgement(f.text("finding"), f.text("reason"), f.text("clinician"),
                    f.has("at") ? f.instant("at") : Instant.EPOCH, f.has("override") && f.bool("override"));
        } catch (IllegalArgumentException e) {
            throw f.problem(e.getMessage());
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
            return f.node.decimalValue();
        }

        int integer(String name, int min, int max) throws PlanInputException {
            Field f = required(name);
            if (!f.node.isIntegralNumber() || !f.node.canConvertToInt() || f.node.asInt() < min || f.node.asInt() > max) {
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
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw child(name).problem("must be a date like 2026-11-28, not \"" + text + "\"");
            }
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
