package org.myoplan.dosing.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.dosing.rules.PlanReview;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Target;

/**
 * Writes a checked plan's findings as JSON, then its targets' injection points, numbered within their
 * target as the documents number them, each with its description in words (schema: docs/plan-json.md).
 */
public final class FindingsJsonWriter {

    /** Plain decimals ("50", never "5E+1"): the output is read by people and by scripts alike. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** The findings, and the injection points without descriptions. */
    public void write(PlanFacts plan, PlanReview review, Writer out) throws IOException {
        write(plan, review, Map.of(), null, out);
    }

    /**
     * @param given descriptions the plan file gave its points, by field path (see {@link PlanFile})
     * @param described the points in words on an atlas, or null when there is none to describe them on
     */
    public void write(PlanFacts plan, PlanReview review, Map<String, String> given, PointDescriptions described,
            Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("product", plan.session().product().genericName());
        root.put("population", plan.population().name().toLowerCase(Locale.ROOT));
        root.put("sessionUnits", plan.sessionUnits());
        plan.dilution().ifPresent(d -> root.put("unitsPerTenthMl", d.unitsPerTenthMl().stripTrailingZeros()));
        root.put("ready", review.isReady());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : review.findings()) {
            ObjectNode f = findings.addObject();
            f.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            f.put("rule", finding.rule());
            f.put("key", finding.key());
            f.put("message", finding.message());
            f.put("source", finding.source().citation());
            f.put("status", finding.source().status().name().toLowerCase(Locale.ROOT));
            f.put("muscle", finding.muscleId());
            f.put("side", finding.side() == null ? null : finding.side().name().toLowerCase(Locale.ROOT));
            f.put("overridable", finding.overridable());
            review.acknowledgementOf(finding).ifPresentOrElse(a -> f.put("acknowledgedReason", a.reason()),
                    () -> f.putNull("acknowledgedReason"));
        }
        root.put("pointsDescribedOn", described == null ? null : described.atlas());
        ArrayNode targets = root.putArray("targets");
        List<Target> planned = plan.session().targets();
        for (int t = 0; t < planned.size(); t++) {
            target(targets.addObject(), planned.get(t), t, given, described);
        }
        MAPPER.writeValue(out, root);
    }

    private static void target(ObjectNode json, Target target, int index, Map<String, String> given,
            PointDescriptions described) {
        json.put("muscle", target.muscleId());
        json.put("side", target.side().name().toLowerCase(Locale.ROOT));
        ArrayNode points = json.putArray("injectionPoints");
        for (int p = 0; p < target.injectionPoints().size(); p++) {
            InjectionPoint point = target.injectionPoints().get(p);
            ObjectNode entry = points.addObject();
            entry.put("number", p + 1);
            entry.put("x", BigDecimal.valueOf(point.x()));
            entry.put("y", BigDecimal.valueOf(point.y()));
            entry.put("z", BigDecimal.valueOf(point.z()));
            Optional<DescribedPoint> words = described == null ? Optional.empty() : described.describe(target, point);
            words.ifPresentOrElse(w -> words(entry, w), () -> entry.putNull("description"));
            String theirs = given.get(PlanFile.sessionPointPath(index, p));
            if (theirs != null) {
                entry.put("givenDescription", theirs);
            }
        }
    }

    private static void words(ObjectNode json, DescribedPoint words) {
        json.put("description", words.text());
        ObjectNode line = json.putObject("line");
        line.put("id", words.line());
        line.put("from", words.from());
        line.put("to", words.to());
        json.put("percent", words.percent());
        ArrayNode offsets = json.putArray("offsets");
        for (DescribedPoint.Offset offset : words.offsets()) {
            offsets.addObject().put("direction", offset.direction()).put("cm", BigDecimal.valueOf(offset.cm()));
        }
        json.put("patientLength", words.patientLength());
    }
}
