package org.myoplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {

    @Test
    void anotherProductKeepsTheMusclesButNotTheirDoses() {
        Target biceps = Target.of("biceps_brachii", Side.LEFT, "100", 4).withNotes("short head");
        Session botox = new Session(LocalDate.of(2026, 11, 28), "Dr A", Product.ONABOTULINUMTOXIN_A, 100, 2,
                new BigDecimal("2"), "LOT1", null, null, SessionStatus.PLANNED, "", List.of(biceps));

        Session dysport = botox.withProduct(Product.ABOBOTULINUMTOXIN_A, 500);

        assertEquals(Product.ABOBOTULINUMTOXIN_A, dysport.product());
        assertEquals(500, dysport.vialUnits());
        assertEquals(List.of(biceps.withUnits(null)), dysport.targets());
        assertFalse(dysport.targets().get(0).hasDose(), "units of one product are not another's");
        assertEquals(botox.withTargets(dysport.targets()), dysport.withProduct(Product.ONABOTULINUMTOXIN_A, 100),
                "everything but the product, vial size and doses stays");
    }
}
