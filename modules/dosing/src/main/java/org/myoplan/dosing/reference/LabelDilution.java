package org.myoplan.dosing.reference;

import java.math.BigDecimal;
import org.myoplan.model.Product;

/** A reconstitution that a label lists, with the units per 0.1 mL it gives. */
public record LabelDilution(Product product, int vialUnits, BigDecimal diluentMl, BigDecimal unitsPerTenthMl,
        Source source) {
}
