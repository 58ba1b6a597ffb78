package org.myoplan.dosing.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.dosing.rules.PlanReview;

/** Writes a checked plan's findings as JSON (schema: docs/plan-json.md). */
public final class FindingsJsonWriter {

    /** Plain decimals ("50", never "5E+1"): the output is read by people and by scripts alike. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    public void write(PlanFacts plan, PlanReview review, Writer out) throws IOException {
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
        MAPPER.writeValue(out, root);
    }
}
