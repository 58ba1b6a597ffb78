package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.sites.PointDescriber;
import org.myoplan.atlas.sites.PointDescription;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.PlanChecker;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Plan;
import org.myoplan.model.Side;

/** The check command end to end: plan JSON in, findings JSON out, clear errors for bad input. */
class CheckCommandSupportTest {

    private static final ReferenceData REFERENCE = ReferenceData.builtIn();
    private static final Path EXAMPLE = Path.of("../../docs/examples/plan-example.json");
    private static final Atlas ATLAS = Atlas.loadDefault();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String json) throws IOException {
        return new CheckCommandSupport(REFERENCE, () -> ATLAS).run(new StringReader(json), out, new PrintWriter(err),
                "plan.json");
    }

    private JsonNode output() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theDocumentedExampleIsCheckedAndItsAcknowledgementCounts() throws IOException {
        int exit = run(Files.readString(EXAMPLE));
        assertEquals("", err.toString());
        JsonNode result = output();
        assertEquals("onabotulinumtoxinA", result.get("product").asText());
        assertEquals(250, result.get("sessionUnits").asInt());
        assertEquals(5, result.get("unitsPerTenthMl").asInt());
        JsonNode anticoagulants = find(result, "screening:anticoagulants");
        assertEquals("warning", anticoagulants.get("severity").asText());
        assertTrue(anticoagulants.get("acknowledgedReason").asText().startsWith("INR 2.4"));
        assertEquals(CheckCommandSupport.READY, exit, out::toString);
        assertTrue(result.get("ready").asBoolean());
    }

    @Test
    void anExcessiveDoseIsAWarningWithItsSourceAndStatus() throws IOException {
        String json = Files.readString(EXAMPLE).replace("\"units\": 100, \"sites\": 4, \"guidance\"",
                "\"units\": 250, \"sites\": 5, \"guidance\"");
        assertEquals(CheckCommandSupport.NEEDS_ATTENTION, run(json));
        JsonNode range = find(output(), "muscle-range:biceps_brachii:left");
        assertEquals("warning", range.get("severity").asText());
        assertEquals("unconfirmed", range.get("status").asText());
        assertTrue(range.get("source").asText().contains("BOTOX US PI"));
        assertEquals("biceps_brachii", range.get("muscle").asText());
        assertEquals("left", range.get("side").asText());
    }

    @Test
    void aNegativeDoseIsCheckedAndBlocks() throws IOException {
        String json = Files.readString(EXAMPLE).replace("\"units\": 60", "\"units\": -60");
        assertEquals(CheckCommandSupport.NEEDS_ATTENTION, run(json));
        JsonNode dose = find(output(), "dose-value:brachioradialis:left");
        assertEquals("blocking", dose.get("severity").asText());
        assertFalse(dose.get("overridable").asBoolean());
    }

    /** Round trip: every finding the checker makes comes back out of the JSON unchanged, in order. */
    @Test
    void theFindingsJsonReadsBackAsTheCheckersFindings() throws Exception {
        String json = Files.readString(EXAMPLE).replace("\"units\": 100, \"sites\": 4, \"guidance\"",
                "\"units\": 250, \"sites\": 5, \"guidance\"") .replace("\"units\": 60", "\"units\": -60");
        run(json);
        Plan document = new PlanJsonReader().read(new StringReader(json));
        List<Finding> expected = new PlanChecker().check(
                new PlanFacts(document.patient(), document.session(), document.history(), REFERENCE));
        JsonNode written = output().get("findings");
        assertTrue(expected.size() >= 3, expected::toString);
        assertEquals(expected.size(), written.size());
        for (int i = 0; i < expected.size(); i++) {
            Finding f = expected.get(i);
            JsonNode w = written.get(i);
            assertEquals(f.severity().name(), w.get("severity").asText().toUpperCase(Locale.ROOT));
            assertEquals(f.rule(), w.get("rule").asText());
            assertEquals(f.key(), w.get("key").asText());
            assertEquals(f.message(), w.get("message").asText());
            assertEquals(f.source().citation(), w.get("source").asText());
            assertEquals(f.source().status().name(), w.get("status").asText().toUpperCase(Locale.ROOT));
            assertEquals(f.muscleId(), w.get("muscle").isNull() ? null : w.get("muscle").asText());
            assertEquals(f.side() == null ? null : f.side().name(),
                    w.get("side").isNull() ? null : w.get("side").asText().toUpperCase(Locale.ROOT));
            assertEquals(f.overridable(), w.get("overridable").asBoolean());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "units as text     | \"units\": 60           | \"units\": \"12,5\"       | session.targets[1].units: must be "
                + "a number written without quotes",
        "absurd units      | \"units\": 60           | \"units\": 1e9            | session.targets[1].units: must be "
            + "at most 3000 units",
        "unknown side      | \"side\": \"left\", \"units\": 60 | \"side\": \"middle\", \"units\": 60 | "
            + "session.targets[1].side: must be one of left, right, not \"middle\"",
        "bad date          | \"date\": \"2026-11-28\" | \"date\": \"28.11.2026\"  | session.date: must be a date "
            + "like 2026-11-28",
        "unknown product   | \"product\": \"onabotulinumtoxinA\" | \"product\": \"botulax\" | history[0].product: "
            + "must be onabotulinumtoxinA",
        "screening typo    | \"anticoagulants\": \"yes\" | \"anticoagulant\": \"yes\" | "
            + "patient.screening.anticoagulant: is not a screening question",
        "screening answer  | \"anticoagulants\": \"yes\" | \"anticoagulants\": \"maybe\" | "
            + "patient.screening.anticoagulants: must be yes, no or not asked",
        "missing name      | \"name\": \"Maria Novak\", | '' | patient.name: is missing",
        "weight zero       | \"kg\": 68.5            | \"kg\": 0                 | patient.weight.kg: must be a "
            + "weight in kg between 0 and 500",
        "vials fraction    | \"vials\": 4,           | \"vials\": 2.5,           | session.vials: must be a whole "
            + "number from 0 to 100",
        "ack without reason | \"reason\": \"INR 2.4 this week; superficial muscles, fine needle, pressure after\", | "
            + "'' | acknowledgements[0].reason: is missing",
    })
    void invalidInputNamesTheFieldAndExitsWithTwo(String what, String from, String to,
    String message) throws IOException {
        String json = Files.readString(EXAMPLE);
        assertTrue(json.contains(from), "the example contains " + from);
        int exit = run(json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        assertEquals(CheckCommandSupport.INVALID_INPUT, exit, what);
        assertTrue(err.toString().startsWith("plan.json: " + message), err::toString);
        assertEquals("", out.toString(), "nothing on standard output");
        assertFalse(err.toString().contains("Exception"), "no stack trace: " + err);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON          | {patient: }            | not valid JSON at line 1",
        "empty             | ''                     | (file): must be a JSON object",
        "array             | []                     | (file): must be a JSON object",
        "no session        | {\"patient\": {\"recordNumber\": \"1\", \"name\": \"A\", \"birthDate\": "
            + "\"1950-01-01\"}} | session: is missing",
        "targets not list  | {\"patient\": {\"recordNumber\": \"1\", \"name\": \"A\", \"birthDate\": "
            + "\"1950-01-01\"}, \"session\": {\"date\": \"2026-11-28\", \"product\": \"BOTOX\", \"vialUnits\": 100, "
                + "\"targets\": 5}} | session.targets: must be a list",
    })
    void brokenFilesAreClearErrors(String what, String json, String message) throws IOException {
        assertEquals(CheckCommandSupport.INVALID_INPUT, run(json), what);
        assertTrue(err.toString().startsWith("plan.json: " + message), err::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NaN units        | \"units\": 60 | \"units\": NaN       | session.targets[1].units: must be a number, not NaN",
        "Infinity units   | \"units\": 60 | \"units\": Infinity  | session.targets[1].units: must be a number, not "
            + "Infinity",
        "minus Infinity   | \"units\": 60 | \"units\": -Infinity | session.targets[1].units: must be a number, not "
            + "-Infinity",
        "bare word units  | \"units\": 60 | \"units\": twelve    | session.targets[1].units: must be a number, true "
            + "or false, or a text in \"double quotes\", not twelve",
        "tiny exponent    | \"units\": 60 | \"units\": 1e-100000000 | session.targets[1].units: must have at most 6 "
            + "decimals",
        "huge diluent     | \"diluentMl\": 2 | \"diluentMl\": 1e100000000 | history[0].diluentMl: is far too large",
    })
    void aValueThatIsNotANumberNamesItsField(String what, String from, String to, String message) throws IOException {
        String json = Files.readString(EXAMPLE);
        assertTrue(json.contains(from), "the example contains " + from);
        int exit = run(json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        assertEquals(CheckCommandSupport.INVALID_INPUT, exit, what);
        assertTrue(err.toString().startsWith("plan.json: " + message), err::toString);
        assertFalse(err.toString().contains("JsonReadFeature"), "no parser advice: " + err);
        assertFalse(err.toString().contains("Exception"), "no stack trace: " + err);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "History capital   | \"history\": [      | \"History\": [       | History: is not a field here (did you mean "
                + "history?)",
        "Status capital    | \"status\": \"administered\" | \"Status\": \"administered\" | history[0].Status: is not "
            + "a field here (did you mean status?)",
        "expires for expiry | \"expiry\":        | \"expires\":         | history[0].expires: is not a field here "
            + "(did you mean expiry?)",
        "Screening capital | \"screening\": {    | \"Screening\": {     | patient.Screening: is not a field here "
            + "(did you mean screening?)",
        "unknown target key | \"sites\": 4, \"guidance\" | \"sites\": 4, \"dose\": 3, \"guidance\" | "
            + "session.targets[0].dose: is not a field here",
        "year typo         | \"date\": \"2026-11-28\" | \"date\": \"20260-11-28\" | session.date: must be a date "
            + "like 2026-11-28",
        "year out of range | \"date\": \"2026-11-28\" | \"date\": \"2301-11-28\" | session.date: must be a date from "
            + "1900 to 2200",
        "born after        | \"birthDate\": \"1957-03-14\" | \"birthDate\": \"2026-11-29\" | patient.birthDate: is "
            + "after the session date (2026-11-28)",
    })
    void misspeltKeysAndImpossibleDatesAreErrors(String what, String from, String to,
    String message) throws IOException {
        String json = Files.readString(EXAMPLE);
        assertTrue(json.contains(from), "the example contains " + from);
        int exit = run(json.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        assertEquals(CheckCommandSupport.INVALID_INPUT, exit, what);
        assertTrue(err.toString().contains("plan.json: " + message), err::toString);
        assertEquals("", out.toString(), "nothing on standard output");
    }

    @Test
    void trailingContentAndTwoPlansInOneFileAreRefused() throws IOException {
        String plan = Files.readString(EXAMPLE);
        assertEquals(CheckCommandSupport.INVALID_INPUT, run(plan + "\n" + plan));
        assertTrue(err.toString().startsWith("plan.json: (file): has more after the plan's closing brace"),
                err::toString);
        assertFalse(err.toString().contains("DeserializationFeature"), err::toString);
    }

    @Test
    void aHugeInputIsRefusedEarly() throws IOException {
        String padding = " ".repeat(PlanJsonReader.MAX_CHARACTERS);
        assertEquals(CheckCommandSupport.INVALID_INPUT, run(padding + Files.readString(EXAMPLE)));
        assertTrue(err.toString().startsWith("plan.json: (file): is longer than 4 MB"), err::toString);
    }

    @Test
    void anInjectionPointFarOutOfRangeNamesItsField() throws IOException {
        String json = Files.readString(EXAMPLE).replaceFirst("\"sites\": 4, \"guidance\"",
                "\"sites\": 4, \"injectionPoints\": [{\"x\": 1e400, \"y\": 0, \"z\": 0}], \"guidance\"");
        assertEquals(CheckCommandSupport.INVALID_INPUT, run(json));
        assertTrue(err.toString().startsWith("plan.json: session.targets[0].injectionPoints[0].x: is far too large"),
                err::toString);
    }

    @Test
    void everyBadValueOfAFileIsReportedInOneRun() throws IOException {
        String json = Files.readString(EXAMPLE)
                .replaceFirst("\"units\": 60", "\"units\": NaN")
                .replaceFirst("\"side\": \"left\"", "\"side\": \"middle\"")
                .replaceFirst("\"date\": \"2026-11-28\"", "\"date\": \"28.11.2026\"")
                .replaceFirst("\"kg\": 68.5", "\"kg\": 0");
        assertEquals(CheckCommandSupport.INVALID_INPUT, run(json));
        String[] lines = err.toString().strip().split("\\R");
        assertEquals(4, lines.length, err::toString);
        String all = err.toString();
        assertTrue(all.contains("plan.json: patient.weight.kg: must be a weight"), all);
        assertTrue(all.contains("plan.json: session.date: must be a date"), all);
        assertTrue(all.contains(".side: must be one of left, right"), all);
        assertTrue(all.contains("session.targets[1].units: must be a number, not NaN"), all);
    }

    @Test
    void numbersArePrintedAsPlainDecimals() throws IOException {
        run(Files.readString(EXAMPLE).replaceFirst("\"diluentMl\": 2", "\"diluentMl\": 2.0"));
        assertFalse(out.toString().matches("(?s).*\\dE[+-]?\\d.*"), out::toString);
        assertTrue(out.toString().contains("\"unitsPerTenthMl\" : 5"), out::toString);
    }

    /** The example's one point, described in words on the built-in atlas, with the sentence's parts as fields. */
    @Test
    void everyTargetCarriesItsInjectionPointsInWords() throws IOException {
        run(Files.readString(EXAMPLE));
        JsonNode result = output();
        assertEquals(Atlas.Provenance.BUILT_IN.description(), result.get("pointsDescribedOn").asText());
        JsonNode targets = result.get("targets");
        assertEquals(4, targets.size(), result::toPrettyString);
        assertEquals("flexor_carpi_radialis", targets.get(3).get("muscle").asText());
        assertEquals("left", targets.get(3).get("side").asText());
        assertEquals(0, targets.get(0).get("injectionPoints").size());
        JsonNode point = targets.get(3).get("injectionPoints").get(0);
        assertEquals(1, point.get("number").asInt());
        assertEquals(0.262, point.get("x").asDouble());
        PointDescription expected = new PointDescriber(ATLAS.landmarks()).describe(new Vec3(0.262, 1.021, 0.035),
                Side.LEFT).orElseThrow();
        assertEquals(expected.text(), point.get("description").asText());
        assertEquals(expected.line().id(), point.get("line").get("id").asText());
        assertEquals(expected.fromName(), point.get("line").get("from").asText());
        assertEquals(expected.toName(), point.get("line").get("to").asText());
        assertEquals(expected.percent(), point.get("percent").asInt());
        assertTrue(point.get("description").asText().startsWith(point.get("percent").asInt() + "% of the way from the "
                + point.get("line").get("from").asText() + " to the " + point.get("line").get("to").asText()),
                point::toString);
        assertEquals(expected.offsets().size(), point.get("offsets").size());
        for (int i = 0; i < expected.offsets().size(); i++) {
            assertEquals(expected.offsets().get(i).direction().word(), point.get("offsets").get(i).get("direction")
                    .asText());
            assertEquals(expected.offsets().get(i).cm(), point.get("offsets").get(i).get("cm").asDouble());
        }
        assertFalse(point.has("givenDescription"), "the file gave none");
    }

    @Test
    void aPlanWithoutPointsNeedsNoAtlas() throws IOException {
        String json = Files.readString(EXAMPLE).replaceAll(",\\s*\"injectionPoints\": \\[[^]]*]", "");
        assertFalse(json.contains("injectionPoints"), json);
        new CheckCommandSupport(REFERENCE, () -> {
            throw new AssertionError("no atlas is loaded for a plan without points");
        }).run(new StringReader(json), out, new PrintWriter(err), "plan.json");
        assertTrue(output().get("pointsDescribedOn").isNull());
        assertEquals(4, output().get("targets").size());
    }

    /** Another system's (or our own) words on a point are read, kept and printed beside ours. */
    @Test
    void aPointMayCarryADescriptionInWords() throws IOException {
        String json = Files.readString(EXAMPLE).replace("\"z\": 0.035 }", "\"z\": 0.035, \"description\": "
                + "\"two fingers below the elbow crease\" }");
        assertEquals(CheckCommandSupport.READY, run(json), err::toString);
        assertEquals("", err.toString());
        JsonNode point = output().get("targets").get(3).get("injectionPoints").get(0);
        assertEquals("two fingers below the elbow crease", point.get("givenDescription").asText());
        assertFalse(point.get("description").isNull(), "ours is printed too");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "misspelt key      | \"descripton\": \"below the crease\" | session.targets[3].injectionPoints[0].descripton: "
            + "is not a field here",
        "another new key   | \"depth\": 12                        | session.targets[3].injectionPoints[0].depth: is "
            + "not a field here",
        "not a text        | \"description\": 12                  | session.targets[3].injectionPoints[0].description: "
            + "must be a non-empty text",
    })
    void aPointsOtherKeysStayErrorsThatNameTheField(String what, String field, String message) throws IOException {
        String json = Files.readString(EXAMPLE).replace("\"z\": 0.035 }", "\"z\": 0.035, " + field + " }");
        assertEquals(CheckCommandSupport.INVALID_INPUT, run(json), what);
        assertTrue(err.toString().startsWith("plan.json: " + message), err::toString);
    }

    /** The example's forearm point: a measured forearm scales its centimetres, not its percent. */
    @Test
    void aMeasuredForearmScalesThePointsCentimetres() throws IOException {
        String example = Files.readString(EXAMPLE);
        int exit = run(example);
        JsonNode onAtlas = output().get("targets").get(3).get("injectionPoints").get(0);
        assertFalse(onAtlas.get("patientLength").asBoolean(), onAtlas::toString);
        assertEquals("forearm_radial", onAtlas.get("line").get("id").asText());
        out.getBuffer().setLength(0);

        assertEquals(exit, run(withLengths(example, "\"forearm\": 50, \"arm\": 31.5")), err::toString);
        assertEquals("", err.toString());

        JsonNode onPatient = output().get("targets").get(3).get("injectionPoints").get(0);
        assertTrue(onPatient.get("patientLength").asBoolean(), onPatient::toString);
        assertEquals(onAtlas.get("percent"), onPatient.get("percent"));
        assertNotEquals(onAtlas.get("offsets"), onPatient.get("offsets"), onAtlas + " / " + onPatient);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "too short     | \"arm\": 4         | session.limbLengthsCm.arm: must be the arm length in cm, from 5 to 100",
        "too long      | \"leg\": 120       | session.limbLengthsCm.leg: must be the leg length in cm, from 5 to 100",
        "too fine      | \"thigh\": 40.125  | session.limbLengthsCm.thigh: must be the thigh length in cm",
        "as text       | \"forearm\": \"25\" | session.limbLengthsCm.forearm: must be a number",
        "unknown limb  | \"hand\": 8        | session.limbLengthsCm.hand: is not a field here",
    })
    void aBadLimbLengthNamesItsField(String what, String lengths, String message) throws IOException {
        assertEquals(CheckCommandSupport.INVALID_INPUT, run(withLengths(Files.readString(EXAMPLE), lengths)), what);
        assertTrue(err.toString().startsWith("plan.json: " + message), err::toString);
        assertEquals("", out.toString(), "nothing on standard output");
    }

    /** The example's session (the one after "session":) with these limb lengths. */
    private static String withLengths(String json, String lengths) {
        String session = "\"session\": {";
        assertTrue(json.contains(session), "the example has a session");
        return json.replace(session, session + " \"limbLengthsCm\": { " + lengths + " },");
    }

    private static JsonNode find(JsonNode result, String key) {
        for (JsonNode finding : result.get("findings")) {
            if (finding.get("key").asText().equals(key)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + key + " in " + result.toPrettyString());
    }
}
