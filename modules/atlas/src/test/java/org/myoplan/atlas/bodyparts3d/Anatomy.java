package org.myoplan.atlas.bodyparts3d;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real BodyParts3D files are for the tests that read them: the system property
 * {@code myoplan.anatomy.dir} (the build sets it to ../shared/anatomy). Without it those tests are skipped
 * with a message saying so.
 */
final class Anatomy {

    static final String PROPERTY = "myoplan.anatomy.dir";

    private Anatomy() {
    }

    /** The folder below the anatomy folder, or the test is skipped saying why. */
    static Path folder(String relative) {
        String dir = System.getProperty(PROPERTY, System.getenv("MYOPLAN_ANATOMY_DIR"));
        Path folder = dir == null ? null : Path.of(dir).resolve(relative);
        String why = "BodyParts3D tests skipped: " + (dir == null ? "neither the system property " + PROPERTY
                + " nor MYOPLAN_ANATOMY_DIR is set" : folder + " is missing");
        if (folder == null || !Files.isDirectory(folder)) {
            System.out.println(why);
        }
        assumeTrue(folder != null && Files.isDirectory(folder), why);
        return folder;
    }
}
