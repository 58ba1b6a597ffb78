package org.myoplan.dosing.patterns;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.myoplan.dosing.reference.PatternMuscle;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.Guidance;
import org.myoplan.model.Product;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * Starting points for a spasticity pattern ("Clenched fist", "Equinovarus foot"): the muscles usually
 * injected with the guide's starting doses. The guide gives onabotulinumtoxinA doses only, and units
 * do not convert between products, so for any other product the muscles come without doses.
 */
public final class PatternSuggestions {

    private final ReferenceData reference;

    public PatternSuggestions(ReferenceData reference) {
        this.reference = reference;
    }

    /** A suggested muscle; the doses are empty for products the guide does not cover. */
    public record Suggestion(String pattern, String muscleId, String muscleName, BigDecimal startUnits,
            BigDecimal rangeMin, BigDecimal rangeMax, int sitesMin, int sitesMax, Product product, Source source) {

        public boolean hasDose() {
            return startUnits != null;
        }

        /** Always shown beside the numbers: they are a guide's, not a label's. */
        public String label() {
            return "Guide, not a label: " + source.describe();
        }

        /**
         * The muscle as a target on one side: the guide's starting dose, marked as the guide's (the
         * checks then name all the pattern's doses under the label's range in one note), or, for a
         * product the guide does not cover, no dose yet ("dose needed").
         */
        public Target target(Side side) {
            int sites = Math.max(1, sitesMin);
            if (!hasDose()) {
                return Target.doseNeeded(muscleId, side, sites);
            }
            return new Target(muscleId, side, startUnits, sites, Guidance.ULTRASOUND, List.of(), "",
                    pattern + " pattern (" + side.displayName() + "), guide " + source.describe());
        }
    }

    /** The pattern names, in the guide's order. */
    public List<String> patterns() {
        return reference.patterns().stream().map(PatternMuscle::pattern).distinct().toList();
    }

    public List<Suggestion> suggest(String pattern, Product product) {
        String wanted = pattern.strip().toLowerCase(Locale.ROOT);
        boolean guideProduct = product == Product.ONABOTULINUMTOXIN_A;
        return reference.patterns().stream()
                .filter(m -> m.pattern().toLowerCase(Locale.ROOT).equals(wanted))
                .map(m -> new Suggestion(m.pattern(), m.muscleId(), m.muscleName(),
                        guideProduct ? m.startUnits() : null, guideProduct ? m.rangeMin() : null,
                        guideProduct ? m.rangeMax() : null, m.sitesMin(), m.sitesMax(), product, m.source()))
                .toList();
    }
}
