package org.myoplan.atlas.store;

import java.io.IOException;
import java.nio.file.Path;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;

/**
 * The converted atlas as kept in the user directory: a compact binary file with a format version and a
 * checksum, written atomically, read back in well under a second. API under construction (issue 13).
 */
public final class AtlasStore {

    private AtlasStore() {
    }

    /** Where the application keeps its imported atlas: {@code <userdir>/var/myoplan/atlas/bodyparts3d.atlas}. */
    public static Path fileIn(Path userDir) {
        return userDir.resolve("var").resolve("myoplan").resolve("atlas").resolve("bodyparts3d.atlas");
    }

    /** Writes the atlas to {@code file} (a temporary file moved into place, so a crash leaves the old one). */
    public static void write(Atlas atlas, Path file) throws IOException {
        throw new UnsupportedOperationException("the atlas store is being written (issue 13)");
    }

    /** Reads an atlas written by {@link #write}; a damaged or foreign file throws naming the file. */
    public static Atlas read(Path file) throws IOException, AtlasFormatException {
        throw new UnsupportedOperationException("the atlas store is being written (issue 13)");
    }
}
