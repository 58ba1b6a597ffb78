package org.myoplan.dosing.reference;

import java.math.BigDecimal;
import org.myoplan.model.Limb;

/** A muscle usually injected for a spasticity pattern, with the guide's onabotulinumtoxinA doses. */
public record PatternMuscle(Limb limb, String pattern, String muscleId, String muscleName, BigDecimal startUnits,
        BigDecimal rangeMin, BigDecimal rangeMax, int sitesMin, int sitesMax, Source source) {
}
