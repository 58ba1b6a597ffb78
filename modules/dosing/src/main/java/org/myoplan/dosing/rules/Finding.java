package org.myoplan.dosing.rules;

import java.util.Locale;
import java.util.Objects;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.Side;

/**
 * What a rule found about a plan: a message a clinician understands, its severity, and the source of
 * the rule. Findings about one target name its muscle and side. A blocking finding is either
 * overridable (with a reason, recorded) or must be corrected in the plan (an impossible dose, an
 * expired lot).
 *
 * @param muscleId the target's muscle, or null for the whole session
 * @param side the target's side, or null for the whole session
 * @param scope what a session-wide finding is about when a rule reports several (e.g. "lower_limb"), or null
 */
public record Finding(String rule, Severity severity, String message, Source source, String muscleId, Side side,
        boolean overridable, String scope) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        if (severity != Severity.BLOCKING && !overridable) {
            throw new IllegalArgumentException("only a blocking finding can be beyond override");
        }
    }

    static Finding info(String rule, String message, Source source) {
        return new Finding(rule, Severity.INFO, message, source, null, null, true, null);
    }

    static Finding warning(String rule, String message, Source source) {
        return new Finding(rule, Severity.WARNING, message, source, null, null, true, null);
    }

    static Finding blocking(String rule, String message, Source source, boolean overridable) {
        return new Finding(rule, Severity.BLOCKING, message, source, null, null, overridable, null);
    }

    Finding about(String targetMuscle, Side targetSide) {
        return new Finding(rule, severity, message, source, targetMuscle, targetSide, overridable, scope);
    }

    Finding scoped(String newScope) {
        return new Finding(rule, severity, message, source, muscleId, side, overridable, newScope);
    }

    /**
     * Identifies the finding across re-checks of an edited plan, so that an acknowledgement stays with
     * the same concern (same rule, same muscle and side) while the plan changes.
     */
    public String key() {
        return rule + (scope == null ? "" : ":" + scope)
                + (muscleId == null ? "" : ":" + muscleId + ":" + side.name().toLowerCase(Locale.ROOT));
    }

    public boolean needsAcknowledgement() {
        return severity != Severity.INFO;
    }
}
