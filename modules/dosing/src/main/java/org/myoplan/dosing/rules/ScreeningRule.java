package org.myoplan.dosing.rules;

import java.util.ArrayList;
import java.util.List;
import org.myoplan.dosing.reference.Source;
import org.myoplan.dosing.reference.SourceStatus;
import org.myoplan.model.Answer;
import org.myoplan.model.ScreeningQuestion;

/**
 * The contraindication screening: a "yes" is a warning (a known toxin allergy blocks, unless
 * overridden with a reason); a question not asked is said so. Keys name the question as plan files
 * do, e.g. "screening:pregnancyOrBreastfeeding".
 */
final class ScreeningRule implements DosingRule {

    static final String ID = "screening";
    private static final Source SOURCE = new Source("Contraindications and warnings of the product labels", 
            SourceStatus.LABEL);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            Answer answer = plan.patient().screening().answer(question);
            String scope = question.field();
            if (answer == Answer.YES) {
                findings.add(question == ScreeningQuestion.TOXIN_OR_ALBUMIN_ALLERGY
                        ? Finding.blocking(ID, "Screening answered yes: " + question.text()
                                + ". The labels contraindicate treatment", SOURCE, true).scoped(scope)
                        : Finding.warning(ID, "Screening answered yes: " + question.text()
                                + ". The labels warn: decide whether the benefit outweighs the risk before treating",
                                SOURCE).scoped(scope));
            } else if (answer == Answer.NOT_ASKED) {
                findings.add(Finding.info(ID, "Screening not answered: " + question.text(), SOURCE).scoped(scope));
            }
        }
        return findings;
    }
}
