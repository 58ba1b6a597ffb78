package org.myoplan.dosing.reference;

import java.math.BigDecimal;
import java.util.Objects;
import org.myoplan.model.Limb;
import org.myoplan.model.Population;
import org.myoplan.model.Product;

/**
 * A reference dose range for one muscle, product and population. Per-kg ranges (children) are in units
 * per kilogram. Sites may be unknown (null) where the label gives none.
 */
public record MuscleRange(Product product, Population population, Limb limb, String muscleId, String muscleName,
        BigDecimal min, BigDecimal max, boolean perKg, Integer sitesMin, Integer sitesMax, Source source) {

    public MuscleRange {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(muscleId, "muscleId");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(source, "source");
        if (min.signum() < 0 || min.compareTo(max) > 0) {
            throw new IllegalArgumentException(muscleId + ": the range " + min + " to " + max + " is not a range");
        }
    }

    /** Whether this range lies within another (a clinic may narrow a label range, never widen it). */
    public boolean within(MuscleRange wider) {
        return min.compareTo(wider.min) >= 0 && max.compareTo(wider.max) <= 0 && perKg == wider.perKg;
    }

    public String unit() {
        return perKg ? "U/kg" : "U";
    }
}
