package org.myoplan.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.myoplan.model.Product;

/**
 * A reconstituted vial: its units dissolved in a volume of diluent. Works within one product's units.
 * units per 0.1 mL = vial units / diluent mL x 0.1 (the labels' own arithmetic).
 */
public record Dilution(Product product, int vialUnits, BigDecimal diluentMl) {

    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal TENTH_ML = new BigDecimal("0.1");

    public Dilution {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(diluentMl, "diluentMl");
        if (vialUnits <= 0) {
            throw new IllegalArgumentException("The vial must hold more than 0 units");
        }
        if (diluentMl.signum() <= 0) {
            throw new IllegalArgumentException("The diluent volume must be more than 0 mL");
        }
    }

    public BigDecimal unitsPerTenthMl() {
        return BigDecimal.valueOf(vialUnits).divide(diluentMl, PRECISION).multiply(TENTH_ML);
    }

    public BigDecimal unitsPerMl() {
        return BigDecimal.valueOf(vialUnits).divide(diluentMl, PRECISION);
    }

    /** The volume to inject at each site for a target's units spread over its sites. */
    public BigDecimal mlPerSite(BigDecimal units, int sites) {
        if (sites <= 0) {
            throw new IllegalArgumentException("A target needs at least one site");
        }
        return units.divide(BigDecimal.valueOf(sites), PRECISION).divide(unitsPerMl(), PRECISION);
    }
}
