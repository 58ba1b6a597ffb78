package org.myoplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimbLengthsTest {

    @Test
    void aLengthOutOfRangeIsRefusedNamingItsField() {
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> LimbLengths.NONE.withForearm(new BigDecimal("4.9")));
        assertTrue(tooShort.getMessage().contains("forearm"), tooShort.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> LimbLengths.NONE.withThigh(new BigDecimal("100.5")));
        assertTrue(tooLong.getMessage().contains("thigh"), tooLong.getMessage());
        IllegalArgumentException tooFine = assertThrows(IllegalArgumentException.class,
                () -> LimbLengths.NONE.withArm(new BigDecimal("30.125")));
        assertTrue(tooFine.getMessage().contains("arm"), tooFine.getMessage());
        assertEquals(new BigDecimal("5"), LimbLengths.NONE.withLeg(new BigDecimal("5")).legCm(), "the ends are in");
    }

    @Test
    void lengthsAreKeyedByTheLinesTheyAreMeasuredAlong() {
        LimbLengths lengths = new LimbLengths(new BigDecimal("31.5"), null, new BigDecimal("42"), null);

        assertEquals(Map.of("arm", 31.5, "thigh_lateral", 42.0), lengths.byLine());
        assertEquals(Map.of("forearm_radial", 25.0, "leg_lateral", 38.0),
                new LimbLengths(null, BigDecimal.valueOf(25), null, BigDecimal.valueOf(38)).byLine());
        assertTrue(LimbLengths.NONE.byLine().isEmpty());
    }

    @Test
    void theSameLengthIsTheSameValueHoweverItIsWritten() {
        assertEquals(LimbLengths.NONE.withArm(new BigDecimal("31.5")),
                LimbLengths.NONE.withArm(new BigDecimal("31.50")));
        assertEquals("40", LimbLengths.NONE.withLeg(new BigDecimal("40.0")).legCm().toPlainString());
    }

    @Test
    void aSessionKeepsItsLengthsThroughItsChanges() {
        LimbLengths lengths = LimbLengths.NONE.withArm(new BigDecimal("30"));
        Session session = new Session(LocalDate.of(2026, 11, 28), "Dr A", Product.ONABOTULINUMTOXIN_A, 100, 2,
                new BigDecimal("2"), "LOT1", null, null, SessionStatus.PLANNED, "",
                List.of(Target.of("biceps_brachii", Side.LEFT, "100", 4)));
        assertEquals(LimbLengths.NONE, session.limbLengths(), "the old constructor measures none");

        Session measured = session.withLimbLengths(lengths);

        assertEquals(lengths, measured.withTargets(List.of()).limbLengths());
        assertEquals(lengths, measured.withDate(LocalDate.of(2026, 12, 1)).limbLengths());
        assertEquals(lengths, measured.withStatus(SessionStatus.ADMINISTERED).limbLengths());
        assertEquals(lengths, measured.withExpiry(LocalDate.of(2027, 1, 1)).limbLengths());
        assertEquals(lengths, measured.withProduct(Product.ABOBOTULINUMTOXIN_A, 500).limbLengths());
        assertEquals(lengths, measured.withDiluent(BigDecimal.ONE).limbLengths());
    }
}
