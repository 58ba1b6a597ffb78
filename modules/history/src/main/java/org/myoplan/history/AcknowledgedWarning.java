package org.myoplan.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A finding the clinician went ahead despite, with the reason; for a blocking finding an override.
 * (The same facts as the dosing module's {@code rules.Acknowledgement}, which is not in its public API.)
 */
public record AcknowledgedWarning(String findingKey, String reason, String clinician, Instant at, boolean override) {

    public AcknowledgedWarning {
        Objects.requireNonNull(findingKey, "findingKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clinician, "clinician");
        Objects.requireNonNull(at, "at");
    }
}
