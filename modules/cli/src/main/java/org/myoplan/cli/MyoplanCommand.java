package org.myoplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command. Each task is a subcommand registered in {@code subcommands} below; the
 * subcommands share the application's domain modules, so both give the same answers.
 */
@Command(
        name = "myoplan",
        mixinStandardHelpOptions = true,
        versionProvider = MyoplanCommand.Version.class,
        description = "Myoplan on the command line: botulinum toxin injection planning without the window.",
        footer = {"", "Run 'myoplan help COMMAND' for the options of a command."},
        subcommands = {CommandLine.HelpCommand.class, CheckCommand.class, MusclesCommand.class, ExportCommand.class,
            AtlasCommand.class})
public final class MyoplanCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** A command line whose errors are messages, never stack traces. */
    /** EX_SOFTWARE of sysexits.h: an internal error, not bad input and not findings. */
    public static final int UNEXPECTED_ERROR = 70;

    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new MyoplanCommand());
        // Exit 1 means "findings need attention" to scripts: a failure of Myoplan itself must not look like it.
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("myoplan: an unexpected error stopped the command: " + exception);
            return UNEXPECTED_ERROR;
        });
        return commandLine;
    }

    /** Without a subcommand, say what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = MyoplanCommand.class.getResourceAsStream("version.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"Myoplan " + properties.getProperty("version"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
