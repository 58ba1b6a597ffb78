package org.myoplan.dosing.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.Dilution;
import org.myoplan.model.Limb;
import org.myoplan.model.Population;
import org.myoplan.model.Product;

/** The encoded reference files: complete against shared/reference, and each row keeps its source. */
class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.builtIn();

    @Test
    void everyRowOfTheReferenceFilesIsEncoded() {
        assertEquals(55, data.ranges().size(), "toxin-dosing.csv rows");
        assertEquals(29, data.limits().size(), "session-limits.csv rows");
        assertEquals(15, data.dilutions().size(), "dilution.csv rows");
        assertEquals(33, data.patterns().size(), "spasticity-patterns.csv rows");
    }

    @Test
    void rowsKeepTheirSourceAndStatus() {
        MuscleRange fcr =
                data.range(Product.ONABOTULINUMTOXIN_A, Population.ADULT, "flexor_carpi_radialis").orElseThrow();
        assertEquals(new BigDecimal("12.5"), fcr.min());
        assertEquals(SourceStatus.LABEL, fcr.source().status());
        assertEquals("BOTOX US PI upper-limb table", fcr.source().citation());
        MuscleRange soleus = data.range(Product.ABOBOTULINUMTOXIN_A, Population.ADULT, "soleus").orElseThrow();
        assertEquals(SourceStatus.UNCONFIRMED, soleus.source().status());
        assertTrue(soleus.source().describe().contains("verify against the current prescribing information"));
        assertTrue(data.patterns().stream().allMatch(p -> p.source().status() == SourceStatus.GUIDE));
        assertTrue(data.limits().stream().allMatch(l -> !l.source().citation().isBlank()));
    }

    @Test
    void everyReferencedMuscleHasALimb() {
        data.ranges().forEach(r -> assertEquals(r.limb(), data.limbOf(r.muscleId()).orElseThrow(), r.muscleId()));
        data.patterns().forEach(p -> assertEquals(p.limb(), data.limbOf(p.muscleId()).orElseThrow(), p.muscleId()));
        assertEquals(Limb.UPPER, data.limbOf("deltoid").orElseThrow());
    }

    @Test
    void everyLabelDilutionFollowsTheArithmetic() {
        for (LabelDilution d : data.dilutions()) {
            BigDecimal computed = new Dilution(d.product(), d.vialUnits(), d.diluentMl()).unitsPerTenthMl();
            assertEquals(0, computed.compareTo(d.unitsPerTenthMl()), d.toString());
        }
    }

    @Test
    void dilutionGivesVolumePerSite() {
        Dilution botox = new Dilution(Product.ONABOTULINUMTOXIN_A, 100, new BigDecimal("2"));
        assertEquals(0, new BigDecimal("5").compareTo(botox.unitsPerTenthMl()));
        assertEquals(0, new BigDecimal("0.5").compareTo(botox.mlPerSite(new BigDecimal("50"), 2)));
    }

    @Test
    void vialSizes() {
        assertEquals(List.of(50, 100, 200), data.vialSizes(Product.ONABOTULINUMTOXIN_A));
        assertEquals(List.of(300, 500), data.vialSizes(Product.ABOBOTULINUMTOXIN_A));
    }
}
