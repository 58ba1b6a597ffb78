package org.myoplan.dosing.rules;

import java.util.List;

/** One check of a plan. Rules never throw on odd plans: they report what they find. */
public interface DosingRule {

    /** A short stable id, e.g. "muscle-range", in findings and in acknowledgements. */
    String id();

    List<Finding> check(PlanFacts plan);
}
