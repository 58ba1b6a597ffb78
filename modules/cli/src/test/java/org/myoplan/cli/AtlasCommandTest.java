package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.store.AtlasStore;
import picocli.CommandLine;

class AtlasCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = MyoplanCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aForeignFolderIsRefusedNamingItAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path foreign = Files.createDirectory(dir.resolve("photos"));
        Files.writeString(foreign.resolve("teapot.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
        Path userDir = dir.resolve("userdir");
        assertEquals(2, run("atlas", "import", foreign.toString(), "--userdir", userDir.toString(), "--quiet"));
        assertTrue(err.toString().startsWith("myoplan atlas import: photos: has no BodyParts3D 4.0 element files"),
                err::toString);
        assertFalse(Files.exists(AtlasStore.fileIn(userDir)));
    }

    @Test
    void aMissingArchiveIsNamed(@TempDir Path dir) {
        assertEquals(2, run("atlas", "import", dir.resolve("isa_BP3D_4.0_obj_99.zip").toString(), "--userdir",
                dir.toString()));
        assertTrue(err.toString().contains("isa_BP3D_4.0_obj_99.zip: no such file or folder"), err::toString);
    }

    @Test
    void theArchiveIsImportedIntoTheUserDirectory(@TempDir Path dir) throws Exception {
        String anatomy = System.getProperty("myoplan.anatomy.dir");
        Path archive = anatomy == null ? null : Path.of(anatomy, "bodyparts3d-4.0", "isa_BP3D_4.0_obj_99");
        assumeTrue(archive != null && Files.isDirectory(archive),
                "BodyParts3D test skipped: myoplan.anatomy.dir is not set or its folder is missing");
        assertEquals(0, run("atlas", "import", archive.toString(), "--userdir", dir.toString()), err::toString);
        Atlas atlas = AtlasStore.read(AtlasStore.fileIn(dir));
        assertTrue(atlas.provenance().attribution().contains("BodyParts3D"));
        assertTrue(out.toString().toLowerCase(Locale.ROOT).contains("written to " + AtlasStore.fileIn(dir)),
                out::toString);
        assertTrue(err.toString().contains("100 %"), err::toString);
    }
}
