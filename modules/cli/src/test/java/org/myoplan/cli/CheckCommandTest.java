package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String EXAMPLE = "../../docs/examples/plan-example.json";
    private final CommandRun cli = new CommandRun();

    @Test
    void theExamplePlanIsReady() {
        assertEquals(0, cli.run("check", EXAMPLE), cli::err);
        assertTrue(cli.out().contains("\"ready\" : true"), cli::out);
    }

    @Test
    void aClinicProtocolNarrowsTheRange(@TempDir Path dir) throws IOException {
        Path protocol = dir.resolve("protocol.csv");
        Files.writeString(protocol,
                "product,population,limb,muscle_id,muscle_name,dose_min,dose_max,per_kg,"
                + "sites_min,sites_max,status,source\n"
                + "onabotulinumtoxinA,adult,upper,biceps_brachii,Biceps,60,80,no,2,4,clinic,Ward 4 protocol\n");
        assertEquals(1, cli.run("check", "--protocol", protocol.toString(), EXAMPLE), cli::err);
        assertTrue(cli.out().contains("Ward 4 protocol"), cli::out);
        assertTrue(cli.out().contains("\"status\" : \"clinic\""), cli::out);
    }

    @Test
    void aMissingFileIsAClearError() {
        assertEquals(2, cli.run("check", "no-such-plan.json"));
        assertEquals("myoplan check: no such file: no-such-plan.json", cli.err().strip());
        assertEquals("", cli.out());
    }

    @Test
    void anInvalidPlanNamesTheField(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Files.readString(Path.of(EXAMPLE)).replace("\"sites\": 4, \"guidance\"",
                "\"sites\": \"four\", \"guidance\""));
        assertEquals(2, cli.run("check", plan.toString()));
        assertTrue(cli.err().contains("session.targets[0].sites: must be a whole number"), cli::err);
        assertFalse(cli.err().contains("Exception"), cli::err);
    }
}
