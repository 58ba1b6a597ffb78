package org.myoplan.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A clinician's decision to go ahead despite a finding, with the reason, kept with the plan. For a
 * blocking finding it is an override.
 */
public record Acknowledgement(String findingKey, String reason, String clinician, Instant at, boolean override) {

    public Acknowledgement {
        Objects.requireNonNull(findingKey, "findingKey");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason for going ahead despite the finding");
        }
        if (clinician == null || clinician.isBlank()) {
            throw new IllegalArgumentException("Say which clinician acknowledges the finding");
        }
        reason = reason.strip();
        clinician = clinician.strip();
    }
}
