package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MyoplanCommandTest {

    private final CommandRun cli = new CommandRun();

    @Test
    void versionNamesTheProductAndTheBuiltVersion() {
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().startsWith("Myoplan "), cli.out());
        assertFalse(cli.out().contains("${"), "the version was filled in by the build: " + cli.out());
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("Usage: myoplan"), cli.out());
        assertTrue(cli.out().contains("--version"), cli.out());
    }

    @Test
    void anUnknownOptionIsAClearErrorWithoutAStackTrace() {
        assertEquals(2, cli.run("--frobnicate"));
        assertTrue(cli.err().contains("Unknown option: '--frobnicate'"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }
}
