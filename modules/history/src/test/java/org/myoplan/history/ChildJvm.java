package org.myoplan.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main of the test class path in a separate JVM: a separate process, as a second Myoplan would be. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts the main; its error output goes to {@code errors} for the failure message. */
    public static Process start(Class<?> main, Path directory, Path errors) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // start-up time is most of each round of the crash test; C1 alone is enough for a writer
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.add(directory.toString());
        return new ProcessBuilder(command).redirectError(errors.toFile()).start();
    }
}
