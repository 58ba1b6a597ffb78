package org.myoplan.history;

import java.util.List;
import java.util.OptionalLong;
import org.myoplan.model.Assessment;

/** Baseline and follow-up assessments: Modified Ashworth, Tardieu, pain and goals. */
public interface AssessmentRepository {

    /** Stores the assessment, tied to the session it follows if given; returns its id. */
    long add(String recordNumber, OptionalLong sessionId, Assessment assessment, String by);

    /** The patient's assessments, oldest first (the order of a chart). */
    List<StoredAssessment> ofPatient(String recordNumber);
}
