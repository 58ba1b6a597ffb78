package org.myoplan.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.model.testing.UnitConversionScan;

/**
 * The model's UnitsTest guards the model; this guards the dosing rules, which hold the products'
 * reference numbers: no public method turns one product's units into another's, or is named so.
 */
class NoUnitConversionTest {

    @Test
    void noPublicMethodConvertsUnitsBetweenProducts() throws Exception {
        UnitConversionScan scan = UnitConversionScan.moduleOf(PlanCheck.class);
        assertEquals(List.of(), scan.offenders(), "methods that could turn one product's units into another's");
        assertTrue(scan.classCount() > 20, "the scan found the module's classes");
    }
}
