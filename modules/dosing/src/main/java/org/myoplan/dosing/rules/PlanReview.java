package org.myoplan.dosing.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.myoplan.model.Acknowledgement;

/**
 * The findings of a plan with the clinician's acknowledgements. Warnings are advice: each may be
 * acknowledged with a reason. A blocking finding cannot be passed silently: it takes an explicit
 * override with a reason, and some (an impossible dose, an expired lot) only a corrected plan clears.
 * Acknowledgements are kept by finding key, so they survive re-checks while the concern remains.
 */
public final class PlanReview {

    private final Map<String, Acknowledgement> acknowledgements = new LinkedHashMap<>();
    private List<Finding> findings = List.of();

    public PlanReview() {
    }

    public PlanReview(List<Acknowledgement> kept) {
        kept.forEach(a -> acknowledgements.put(a.findingKey(), a));
    }

    /** The findings of the latest check. */
    public void update(List<Finding> newFindings) {
        findings = List.copyOf(newFindings);
    }

    public List<Finding> findings() {
        return findings;
    }

    public Acknowledgement acknowledge(Finding finding, String reason, String clinician, Instant at) {
        if (finding.severity() == Severity.BLOCKING) {
            throw new IllegalArgumentException("This finding blocks the plan: override it (with a reason) or correct "
                    + "the plan");
        }
        return keep(new Acknowledgement(finding.key(), reason, clinician, at, false));
    }

    public Acknowledgement override(Finding finding, String reason, String clinician, Instant at) {
        if (finding.severity() != Severity.BLOCKING) {
            return acknowledge(finding, reason, clinician, at);
        }
        if (!finding.overridable()) {
            throw new IllegalArgumentException("This cannot be overridden; correct the plan: " + finding.message());
        }
        return keep(new Acknowledgement(finding.key(), reason, clinician, at, true));
    }

    public Optional<Acknowledgement> acknowledgementOf(Finding finding) {
        return Optional.ofNullable(acknowledgements.get(finding.key()));
    }

    /** Every acknowledgement given, including those whose finding is gone (they stay on record). */
    public List<Acknowledgement> acknowledgements() {
        return List.copyOf(acknowledgements.values());
    }

    /** Warnings and blocks of the latest check that no acknowledgement or override covers. */
    public List<Finding> unresolved() {
        List<Finding> open = new ArrayList<>();
        for (Finding finding : findings) {
            Acknowledgement ack = acknowledgements.get(finding.key());
            boolean covered = ack != null && (finding.severity() != Severity.BLOCKING || (ack.override()
                    && finding.overridable()));
            if (finding.needsAcknowledgement() && !covered) {
                open.add(finding);
            }
        }
        return open;
    }

    public boolean isReady() {
        return unresolved().isEmpty();
    }

    private Acknowledgement keep(Acknowledgement acknowledgement) {
        acknowledgements.put(acknowledgement.findingKey(), acknowledgement);
        return acknowledgement;
    }
}
