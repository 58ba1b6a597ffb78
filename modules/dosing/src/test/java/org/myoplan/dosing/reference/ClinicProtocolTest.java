package org.myoplan.dosing.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.model.Population;
import org.myoplan.model.Product;

class ClinicProtocolTest {

    private static final ReferenceData LABELS = ReferenceData.builtIn();
    private static final String HEADER =
            "product,population,limb,muscle_id,muscle_name,dose_min,dose_max,per_kg,"
            + "sites_min,sites_max,status,source\n";

    private static ClinicProtocol parse(String rows) {
        return ClinicProtocol.parse(new StringReader(HEADER + rows), "protocol.csv", LABELS);
    }

    @Test
    void aNarrowerRangeReplacesTheLabels() {
        ClinicProtocol protocol =
                parse("onabotulinumtoxinA,adult,upper,flexor_carpi_radialis,FCR,20,40,no,1,1,label,"
                        + "Our 2026 protocol\n");
        assertEquals(List_of(), protocol.problems());
        MuscleRange range = protocol.applyTo(LABELS).range(Product.ONABOTULINUMTOXIN_A, Population.ADULT,
                "flexor_carpi_radialis").orElseThrow();
        assertEquals(new BigDecimal("20"), range.min());
        assertEquals(SourceStatus.CLINIC, range.source().status(), "the clinic's rows are marked as the clinic's");
        assertEquals("Our 2026 protocol", range.source().citation());
    }

    @Test
    void aMuscleTheLabelsDoNotCoverIsAdded() {
        ClinicProtocol protocol = parse("onabotulinumtoxinA,adult,upper,deltoid,Deltoid,25,100,no,1,3,clinic,\n");
        assertTrue(protocol.problems().isEmpty(), protocol.problems()::toString);
        assertTrue(protocol.applyTo(LABELS).range(Product.ONABOTULINUMTOXIN_A, Population.ADULT, "deltoid")
                .isPresent());
        assertTrue(LABELS.range(Product.ONABOTULINUMTOXIN_A, Population.ADULT, "deltoid").isEmpty(),
                "the labels are unchanged");
    }

    @Test
    void aWiderRangeIsRefusedWithFileAndLine() {
        ClinicProtocol protocol = parse("onabotulinumtoxinA,adult,upper,deltoid,Deltoid,25,100,no,1,3,clinic,\n"
                + "onabotulinumtoxinA,adult,upper,flexor_carpi_radialis,FCR,10,80,no,1,1,clinic,\n");
        assertEquals(1, protocol.problems().size());
        String problem = protocol.problems().get(0);
        assertTrue(problem.startsWith("protocol.csv, line 3: "), problem);
        assertTrue(problem.contains("would widen the label range 12.5 to 50"), problem);
        assertEquals(1, protocol.ranges().size(), "the good row still applies");
        assertEquals(new BigDecimal("50"), protocol.applyTo(LABELS)
                .range(Product.ONABOTULINUMTOXIN_A, Population.ADULT, "flexor_carpi_radialis").orElseThrow().max());
    }

    @Test
    void brokenLinesNameFileLineAndFieldAndLoseNothingElse() {
        ClinicProtocol protocol = parse("botox-ish,adult,upper,deltoid,Deltoid,25,100,no,1,3,clinic,\n"
                + "onabotulinumtoxinA,adult,upper,deltoid,Deltoid,lots,100,no,1,3,clinic,\n"
                + "onabotulinumtoxinA,grown-up,upper,deltoid,Deltoid,25,100,no,1,3,clinic,\n"
                + "onabotulinumtoxinA,adult,upper,deltoid,Deltoid,80,20,no,1,3,clinic,\n"
                + "onabotulinumtoxinA,adult,upper,teres_major,Teres major,25,50,no,1,2,clinic,\n");
        assertEquals(4, protocol.problems().size(), protocol.problems()::toString);
        assertTrue(protocol.problems().get(0).contains("line 2: unknown product 'botox-ish'"),
                protocol.problems().get(0));
        assertTrue(protocol.problems().get(1).contains("line 3: dose_min must be a number"),
                protocol.problems().get(1));
        assertTrue(protocol.problems().get(2).contains("line 4: unknown population 'grown-up'"),
                protocol.problems().get(2));
        assertTrue(protocol.problems().get(3).contains("line 5: ")
                && protocol.problems().get(3).contains("not a range"), protocol.problems().get(3));
        assertEquals(1, protocol.ranges().size());
    }

    @Test
    void aMissingFileIsAnEmptyProtocolAndAForeignFileOneProblem(@TempDir Path dir) throws IOException {
        assertTrue(ClinicProtocol.read(dir.resolve("none.csv"), LABELS).ranges().isEmpty());
        Path binary = dir.resolve("protocol.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe});
        ClinicProtocol foreign = ClinicProtocol.read(binary, LABELS);
        assertEquals(1, foreign.problems().size(), foreign.problems()::toString);
        assertTrue(foreign.problems().get(0).startsWith("protocol.csv"), foreign.problems().get(0));
        assertTrue(foreign.ranges().isEmpty());
    }

    private static List<String> List_of() {
        return List.of();
    }
}
