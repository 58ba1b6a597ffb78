package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MusclesCommandTest {

    private final CommandRun cli = new CommandRun();

    @Test
    void theAtlasAsCsvForAMappingFile() {
        assertEquals(0, cli.run("muscles"), cli::err);
        List<String> lines = cli.out().lines().toList();
        assertEquals("id,key,name,side,limb,region,layer,triangles", lines.get(0));
        assertTrue(lines.contains(lines.stream().filter(l -> l.startsWith("biceps_brachii,biceps_brachii.left,"))
                .findFirst().orElse("missing")));
        assertTrue(lines.size() > 90, "both sides of every muscle: " + lines.size());
    }

    @Test
    void jsonFilteredBySideAndLimb() throws Exception {
        assertEquals(0, cli.run("muscles", "--format", "json", "--side", "left", "--limb", "lower"), cli::err);
        JsonNode muscles = new ObjectMapper().readTree(cli.out());
        assertTrue(muscles.size() > 20);
        for (JsonNode muscle : muscles) {
            assertEquals("left", muscle.get("side").asText());
            assertEquals("lower", muscle.get("limb").asText());
        }
    }

    @Test
    void badOptionsAndAnImportWithProblemsAreReported(@TempDir Path dir) throws Exception {
        assertEquals(2, cli.run("muscles", "--side", "middle"));
        assertTrue(cli.err().contains("--side must be left or right"), cli::err);
        Files.writeString(dir.resolve("mapping.csv"), "mesh_name,muscle_id,side\nmissing.obj,soleus,left\n");
        StringWriter errors = new StringWriter();
        CommandLine commandLine = MyoplanCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(errors, true));
        assertEquals(1, commandLine.execute("muscles", "--atlas", dir.toString()));
        assertTrue(errors.toString().contains("missing.obj"), errors::toString);
    }
}
