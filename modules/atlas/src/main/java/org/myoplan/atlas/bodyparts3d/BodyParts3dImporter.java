package org.myoplan.atlas.bodyparts3d;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;

/**
 * Imports the BodyParts3D 4.0 archive (the official {@code isa_BP3D_4.0_obj_99.zip} as downloaded, or
 * its unpacked folder) into an atlas: each Myoplan muscle is the union of its BodyParts3D parts, the
 * bones are BodyParts3D's, the archive's other muscles are context. API under construction (issue 13).
 */
public final class BodyParts3dImporter {

    /** The imported atlas and what the user should know about it (muscles kept from the built-in atlas...). */
    public record Result(Atlas atlas, List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }
    }

    private BodyParts3dImporter() {
    }

    /**
     * Reads the archive or folder at {@code source}; {@code base} supplies the names, groups and patterns
     * (Myoplan's built-in atlas). A damaged, foreign or hostile archive throws with a message naming the file.
     */
    public static Result importArchive(Path source, Atlas base, ImportProgress progress)
            throws AtlasFormatException, CancellationException {
        throw new UnsupportedOperationException("BodyParts3D import is being written (issue 13)");
    }
}
