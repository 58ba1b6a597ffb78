package org.myoplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.model.testing.UnitConversionScan;

/** Units of different products are never converted into each other. */
class UnitsTest {

    @Test
    void unitsOfTwoProductsCannotBeAddedOrCompared() {
        Units botox = Units.of(Product.ONABOTULINUMTOXIN_A, "100");
        Units dysport = Units.of(Product.ABOBOTULINUMTOXIN_A, "300");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> botox.plus(dysport));
        assertTrue(e.getMessage().contains("not interchangeable"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> botox.compareTo(dysport));
        assertEquals(Units.of(Product.ONABOTULINUMTOXIN_A, "150"),
                botox.plus(Units.of(Product.ONABOTULINUMTOXIN_A, "50")));
    }

    /**
     * Guards the rule for the whole module: no public method anywhere in it takes units or amounts of
     * one product and answers units of another, and nothing is named like a conversion.
     */
    @Test
    void noPublicMethodConvertsUnitsBetweenProducts() throws Exception {
        UnitConversionScan scan = UnitConversionScan.moduleOf(Product.class);
        assertEquals(List.of(), scan.offenders(), "methods that could turn one product's units into another's");
        assertTrue(scan.classCount() > 20, "the scan found the module's classes");
    }
}
