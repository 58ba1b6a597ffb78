package org.myoplan.atlas.bodyparts3d;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;

/**
 * Imports the BodyParts3D 4.0 archive (the official {@code isa_BP3D_4.0_obj_99.zip} as downloaded, or
 * its unpacked folder) into an atlas: each Myoplan muscle is the union of its BodyParts3D parts (found by
 * FMA id through the tables {@code bodyparts3d-muscles.tsv} and {@code bodyparts3d-elements.tsv}), the
  * bones are BodyParts3D's, the archive's other muscles are context muscles ({@link
  * org.myoplan.atlas.Muscle#context()}).
 * Meshes are welded, checked (closed, outward), simplified to a triangle budget (about 135,000 triangles in
 * all, finest for the mapped muscles) and converted to the atlas frame. Muscles that the archive lacks keep
 * the built-in atlas's mesh, and the result's notes say which.
 */
public final class BodyParts3dImporter {

    /** The imported atlas and what the user should know about it (muscles kept from the built-in atlas...). */
    public record Result(Atlas atlas, List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** The attribution BodyParts3D's licence asks for wherever its geometry is shown or printed. */
    public static final String ATTRIBUTION = "BodyParts3D, (c) The Database Center for Life Science licensed under "
            + "CC Attribution-Share Alike 2.1 Japan";

    private BodyParts3dImporter() {
    }

    /**
     * Reads the archive or folder at {@code source}; {@code base} supplies the names, groups and patterns
     * (Myoplan's built-in atlas). A damaged, foreign or hostile archive throws with a message naming the file.
     */
    public static Result importArchive(Path source, Atlas base, ImportProgress progress)
            throws AtlasFormatException, CancellationException {
        return importArchive(source, List.of(), base, progress);
    }

    /**
     * As {@link #importArchive(Path, Atlas, ImportProgress)}, with folders or zip files of BodyParts3D 3.0
     * files ({@code FMA13358.obj}...) for the muscles that 4.0 lacks (latissimus dorsi, rectus abdominis); they
     * are used when they sit on the 4.0 body, and the notes say so.
     */
    public static Result importArchive(Path source, List<Path> version3Sources, Atlas base, ImportProgress progress)
            throws AtlasFormatException, CancellationException {
        return new ImportRun(base, progress, Budget.DEFAULT, Archive.Limits.DEFAULT).run(source,
                new ArrayList<>(version3Sources));
    }
}
