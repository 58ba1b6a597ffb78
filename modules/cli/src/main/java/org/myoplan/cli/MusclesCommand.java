package org.myoplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.ImportProblem;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.ObjAtlasImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** myoplan muscles: the atlas's muscles (both sides) as CSV or JSON, optionally with an imported OBJ atlas. */
@Command(name = "muscles",
        description =
                {"Lists the atlas's muscles, each side on its own row: id, key, name, side, limb, region, layer, "
                    + "triangles.",
            "Exit codes: 0 listed, 1 listed but the imported atlas had problems (on standard error), 2 invalid input."},
        mixinStandardHelpOptions = true)
final class MusclesCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default) or json.")
    private Format format;

    @Option(names = "--atlas", paramLabel = "DIR",
            description =
                    "A directory of OBJ meshes with a mapping.csv (mesh_name,muscle_id,side) whose meshes replace "
                        + "the built-in ones.")
    private Path atlasDirectory;

    @Option(names = "--side", paramLabel = "SIDE", description = "Only this side: left or right.")
    private String side;

    @Option(names = "--limb", paramLabel = "LIMB", description = "Only this limb: upper or lower.")
    private String limb;

    @Option(names = "--region", paramLabel = "REGION", description = "Only this region, e.g. forearm, leg.")
    private String region;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (side != null && !List.of("left", "right").contains(side.toLowerCase(Locale.ROOT))) {
            err.println("myoplan muscles: --side must be left or right, not " + side);
            return 2;
        }
        if (limb != null && !List.of("upper", "lower").contains(limb.toLowerCase(Locale.ROOT))) {
            err.println("myoplan muscles: --limb must be upper or lower, not " + limb);
            return 2;
        }
        Atlas atlas = Atlas.loadDefault();
        int status = 0;
        if (atlasDirectory != null) {
            ObjAtlasImporter.Result imported = new ObjAtlasImporter(atlas).importFrom(atlasDirectory);
            for (ImportProblem problem : imported.problems()) {
                err.println("myoplan muscles: " + problem);
            }
            status = imported.ok() ? 0 : 1;
            atlas = imported.atlas();
        }
        List<Muscle> muscles = atlas.muscles().stream()
                .filter(m -> side == null || m.side().displayName().equalsIgnoreCase(side))
                .filter(m -> limb == null || m.limb() != null && m.limb().name().equalsIgnoreCase(limb))
                .filter(m -> region == null || m.region().equalsIgnoreCase(region))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? MuscleListing.json(muscles) : MuscleListing.csv(muscles));
        out.flush();
        return status;
    }
}
