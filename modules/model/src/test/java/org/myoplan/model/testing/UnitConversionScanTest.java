package org.myoplan.model.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myoplan.model.Product;
import org.myoplan.model.Units;

/** The scan itself catches what it is meant to catch, so the tests that use it can fail. */
class UnitConversionScanTest {

    /** Methods a careless change could add; the scan must flag each. */
    public static final class Offender {
        public static Units asProduct(Units units, Product product) {
            return units;
        }

        public static Units between(Product from, Product to) {
            return null;
        }

        public static double dysportRatio() {
            return 2.5;
        }

        public static Units plain(Units units) {
            return units;
        }
    }

    @Test
    void flagsMethodsThatAnswerAnotherProductsUnitsOrAreNamedSo() throws Exception {
        assertTrue(UnitConversionScan.answersOtherUnits(
                Offender.class.getMethod("asProduct", Units.class, Product.class)));
        assertTrue(UnitConversionScan.answersOtherUnits(
                Offender.class.getMethod("between", Product.class, Product.class)));
        assertTrue(UnitConversionScan.namedAsConversion(Offender.class.getMethod("dysportRatio")));
        assertFalse(UnitConversionScan.answersOtherUnits(Offender.class.getMethod("plain", Units.class)));
        assertFalse(UnitConversionScan.namedAsConversion(Offender.class.getMethod("plain", Units.class)));
    }
}
