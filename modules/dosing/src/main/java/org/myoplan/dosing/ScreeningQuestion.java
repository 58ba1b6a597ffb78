package org.myoplan.dosing;

/** The contraindication and caution screening asked before every treatment. */
public enum ScreeningQuestion {
    NEUROMUSCULAR_DISEASE("Neuromuscular disease (myasthenia gravis, Lambert-Eaton syndrome, ALS / motor neuron disease)"),
    PREGNANCY_OR_BREASTFEEDING("Pregnancy or breastfeeding"),
    TOXIN_OR_ALBUMIN_ALLERGY("Allergy to a botulinum toxin product or an ingredient (e.g. human albumin)"),
    INFECTION_AT_SITE("Infection at a planned injection site"),
    NEUROMUSCULAR_DRUGS("Aminoglycosides or other drugs that affect neuromuscular transmission"),
    ANTICOAGULANTS("Anticoagulants (bleeding or bruising risk)"),
    SWALLOWING_OR_BREATHING_PROBLEMS("Swallowing or breathing problems"),
    RECENT_TOXIN_INJECTION("Another botulinum toxin injection within the last 4 months");

    private final String text;

    ScreeningQuestion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
