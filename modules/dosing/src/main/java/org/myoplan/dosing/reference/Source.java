package org.myoplan.dosing.reference;

import java.util.Objects;

/** Where a number comes from, as shown beside it. */
public record Source(String citation, SourceStatus status) {

    public static final String VERIFY = "verify against the current prescribing information";

    public Source {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(status, "status");
    }

    public static Source rule(String explanation) {
        return new Source(explanation, SourceStatus.RULE);
    }

    /** The citation with its status, e.g. "BOTOX US PI (unconfirmed: verify against ...)". */
    public String describe() {
        return switch (status) {
            case LABEL -> citation + " (label)";
            case GUIDE -> citation + " (clinical guide, not a label)";
            case UNCONFIRMED -> citation + " (unconfirmed: " + VERIFY + ")";
            case CLINIC -> citation + " (clinic protocol)";
            case RULE -> citation;
        };
    }
}
