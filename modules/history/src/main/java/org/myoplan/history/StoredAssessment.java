package org.myoplan.history;

import java.util.Objects;
import java.util.OptionalLong;
import org.myoplan.model.Assessment;

/** An assessment as the history holds it, with the session it follows if there is one. */
public record StoredAssessment(long id, String recordNumber, OptionalLong sessionId, Assessment assessment) {

    public StoredAssessment {
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(assessment, "assessment");
    }
}
