package org.myoplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.bodyparts3d.BodyParts3dImporter;
import org.myoplan.atlas.bodyparts3d.ImportProgress;
import org.myoplan.atlas.store.AtlasStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** myoplan atlas: the anatomy the application draws; {@code import} converts the BodyParts3D archive for it. */
@Command(name = "atlas",
        description = "The anatomical atlas the application draws.",
        mixinStandardHelpOptions = true,
        subcommands = {CommandLine.HelpCommand.class, AtlasCommand.Import.class})
final class AtlasCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** myoplan atlas import PATH: the BodyParts3D archive into the user directory's atlas store. */
    @Command(name = "import",
            description = {"Imports the BodyParts3D 4.0 archive (isa_BP3D_4.0_obj_99.zip as downloaded, or its"
                + " unpacked folder) and keeps the converted atlas in the user directory, where the application"
                + " loads it at its next start. BodyParts3D, (c) The Database Center for Life Science licensed"
                + " under CC Attribution-Share Alike 2.1 Japan.",
                "Exit codes: 0 imported, 2 the archive was refused (the message names the file),"
                + " 70 an unexpected error."},
            mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "PATH", description = "The archive (zip) or its unpacked folder.")
        private Path archive;

        @Option(names = "--version3", paramLabel = "DIR",
                description = "A folder or zip of BodyParts3D 3.0 files (FMA13358.obj...) for the muscles 4.0 lacks "
                        + "(latissimus dorsi, rectus abdominis); used when they sit on the 4.0 body. Repeatable.")
        private List<Path> version3 = new ArrayList<>();

        @Option(names = "--userdir", paramLabel = "DIR",
                description = "The application's user directory (default: ~/.myoplan/userdir); the atlas goes to "
                        + "DIR/" + AtlasStore.USER_DIR_PATH + ".")
        private Path userDir;

        @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
        private boolean quiet;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = userDir != null ? userDir : Path.of(System.getProperty("user.home"), ".myoplan", "userdir");
            Path store = AtlasStore.fileIn(dir);
            long start = System.nanoTime();
            BodyParts3dImporter.Result result;
            try {
                result = BodyParts3dImporter.importArchive(archive, version3, Atlas.loadDefault(), quiet
                        ? ImportProgress.NONE
                        : progress(err));
            } catch (AtlasFormatException e) {
                err.println("myoplan atlas import: " + e.getMessage());
                err.println("myoplan atlas import: nothing was written; the atlas in use stays as it was.");
                return 2;
            }
            AtlasStore.write(result.atlas(), store);
            result.notes().forEach(out::println);
            out.printf(Locale.ROOT, "Written to %s in %.1f s. %s%n", store, (System.nanoTime() - start) / 1e9,
                    result.atlas().provenance().attribution());
            out.flush();
            return 0;
        }

        /** A line on standard error at each tenth of the work. */
        private static ImportProgress progress(PrintWriter err) {
            return new ImportProgress() {
                private int shown = -1;

                @Override
                public void step(String what, int done, int total) {
                    int tenth = total == 0 ? 10 : 10 * done / total;
                    if (tenth != shown) {
                        shown = tenth;
                        err.printf(Locale.ROOT, "%3d %% %s%n", 10 * tenth, what);
                        err.flush();
                    }
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            };
        }
    }
}
