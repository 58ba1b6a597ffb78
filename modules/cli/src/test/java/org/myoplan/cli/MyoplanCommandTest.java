package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MyoplanCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = MyoplanCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void versionNamesTheProductAndTheBuiltVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Myoplan "), out.toString());
        assertFalse(out.toString().contains("${"), "the version was filled in by the build: " + out);
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: myoplan"), out.toString());
        assertTrue(out.toString().contains("--version"), out.toString());
    }

    @Test
    void anUnknownOptionIsAClearErrorWithoutAStackTrace() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
