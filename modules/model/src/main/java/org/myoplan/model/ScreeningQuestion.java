package org.myoplan.model;

/** The contraindication and caution screening asked before every treatment. */
public enum ScreeningQuestion {
    NEUROMUSCULAR_DISEASE("neuromuscularDisease",
            "Neuromuscular disease (myasthenia gravis, Lambert-Eaton syndrome, ALS / motor neuron disease)"),
    PREGNANCY_OR_BREASTFEEDING("pregnancyOrBreastfeeding", "Pregnancy or breastfeeding"),
    TOXIN_OR_ALBUMIN_ALLERGY("toxinOrAlbuminAllergy",
            "Allergy to a botulinum toxin product or an ingredient (e.g. human albumin)"),
    INFECTION_AT_SITE("infectionAtSite", "Infection at a planned injection site"),
    NEUROMUSCULAR_DRUGS("neuromuscularDrugs", "Aminoglycosides or other drugs that affect neuromuscular transmission"),
    ANTICOAGULANTS("anticoagulants", "Anticoagulants (bleeding or bruising risk)"),
    SWALLOWING_OR_BREATHING_PROBLEMS("swallowingOrBreathingProblems", "Swallowing or breathing problems"),
    RECENT_TOXIN_INJECTION("recentToxinInjection", "Another botulinum toxin injection within the last 4 months");

    private final String field;
    private final String text;

    ScreeningQuestion(String field, String text) {
        this.field = field;
        this.text = text;
    }

    /** The one spelling of the question in plan files and in finding keys, e.g. "pregnancyOrBreastfeeding". */
    public String field() {
        return field;
    }

    public String text() {
        return text;
    }
}
