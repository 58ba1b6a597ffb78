package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    private static final String EXAMPLE = "../../docs/examples/plan-example.json";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = MyoplanCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theExamplePlanIsReady() {
        assertEquals(0, run("check", EXAMPLE), err::toString);
        assertTrue(out.toString().contains("\"ready\" : true"), out::toString);
    }

    @Test
    void aClinicProtocolNarrowsTheRange(@TempDir Path dir) throws IOException {
        Path protocol = dir.resolve("protocol.csv");
        Files.writeString(protocol,
                "product,population,limb,muscle_id,muscle_name,dose_min,dose_max,per_kg,"
                + "sites_min,sites_max,status,source\n"
                + "onabotulinumtoxinA,adult,upper,biceps_brachii,Biceps,60,80,no,2,4,clinic,Ward 4 protocol\n");
        assertEquals(1, run("check", "--protocol", protocol.toString(), EXAMPLE), err::toString);
        assertTrue(out.toString().contains("Ward 4 protocol"), out::toString);
        assertTrue(out.toString().contains("\"status\" : \"clinic\""), out::toString);
    }

    @Test
    void aMissingFileIsAClearError() {
        assertEquals(2, run("check", "no-such-plan.json"));
        assertEquals("myoplan check: no such file: no-such-plan.json", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void anInvalidPlanNamesTheField(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Files.readString(Path.of(EXAMPLE)).replace("\"sites\": 4, \"guidance\"",
                "\"sites\": \"four\", \"guidance\""));
        assertEquals(2, run("check", plan.toString()));
        assertTrue(err.toString().contains("session.targets[0].sites: must be a whole number"), err::toString);
        assertFalse(err.toString().contains("Exception"), err::toString);
    }
}
