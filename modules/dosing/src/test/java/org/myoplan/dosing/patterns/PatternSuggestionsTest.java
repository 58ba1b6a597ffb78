package org.myoplan.dosing.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Product;

class PatternSuggestionsTest {

    private final PatternSuggestions suggestions = new PatternSuggestions(ReferenceData.builtIn());

    @Test
    void aClenchedFistSuggestsTheFingerFlexorsWithTheGuidesStartingDoses() {
        List<PatternSuggestions.Suggestion> fist = suggestions.suggest("clenched fist", Product.ONABOTULINUMTOXIN_A);
        assertEquals(List.of("flexor_digitorum_superficialis", "flexor_digitorum_profundus"),
                fist.stream().map(PatternSuggestions.Suggestion::muscleId).toList());
        assertEquals(new BigDecimal("20"), fist.get(0).startUnits());
        assertTrue(fist.get(0).label().startsWith("Guide, not a label"), fist.get(0).label());
    }

    @Test
    void anotherProductGetsTheMusclesButNoDoses() {
        List<PatternSuggestions.Suggestion> foot = suggestions.suggest("Equinovarus foot", Product.ABOBOTULINUMTOXIN_A);
        assertEquals(7, foot.size());
        assertTrue(foot.stream().noneMatch(PatternSuggestions.Suggestion::hasDose), "guide doses are BOTOX units only");
    }

    @Test
    void thePatternsOfTheGuide() {
        assertTrue(suggestions.patterns().contains("Flexed elbow"));
        assertEquals(13, suggestions.patterns().size());
        assertFalse(suggestions.suggest("no such pattern", Product.ONABOTULINUMTOXIN_A).iterator().hasNext());
    }
}
