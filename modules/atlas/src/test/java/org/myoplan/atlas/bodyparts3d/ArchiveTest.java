package org.myoplan.atlas.bodyparts3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.AtlasFormatException;

/** Damaged, truncated and hostile archives, built here (synthetic: nothing from BodyParts3D). */
class ArchiveTest {

    private static final Archive.Limits SMALL = new Archive.Limits(10, 10_000, 50_000);
    private static final byte[] OBJ = "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void readsTheObjFilesOfAZipByNameWithoutFolder() throws Exception {
        Path zip = zip("a.zip", "isa_BP3D_4.0_obj_99/FJ1.obj", OBJ, "isa_BP3D_4.0_obj_99/readme.txt", OBJ);
        try (Archive archive = Archive.open(zip, SMALL)) {
            assertTrue(archive.has("FJ1"));
            assertArrayEquals(OBJ, archive.read("FJ1"));
            assertEquals("a.zip: isa_BP3D_4.0_obj_99/FJ1.obj", archive.where("FJ1"));
        }
    }

    @Test
    void zipSlipEntriesAreRefused() throws Exception {
        assertRefused(zip("slip.zip", "../../evil.obj", OBJ),
                "slip.zip: refused: the entry '../../evil.obj' points outside");
        assertRefused(zip("abs.zip", "/etc/evil.obj", OBJ),
                "abs.zip: refused: the entry '/etc/evil.obj' points outside");
        assertRefused(zip("drive.zip", "C:\\evil.obj", OBJ),
                "drive.zip: refused: the entry 'C:\\evil.obj' points outside");
        assertRefused(zip("back.zip", "a\\..\\..\\evil.obj", OBJ), "back.zip: refused");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Object[] entries = new Object[2 * 11];
        for (int i = 0; i < 11; i++) {
            entries[2 * i] = "FJ" + i + ".obj";
            entries[2 * i + 1] = OBJ;
        }
        assertRefused(zip("many.zip", entries), "many.zip: refused: 11 entries, more than the limit of 10");
    }

    @Test
    void hugeEntriesAreRefusedByTheirDeclaredSize() throws Exception {
        assertRefused(zip("huge.zip", "FJ1.obj", new byte[20_000]), "huge.zip: FJ1.obj: refused: declares 20000 bytes");
    }

    @Test
    void anEntryLargerThanItDeclaresIsRefusedWhileReading() throws Exception {
        byte[] big = new byte[20_000];
        Arrays.fill(big, (byte) ' ');
        Path zip = zip("liar.zip", "FJ1.obj", big);
        patchCentralDirectorySize(zip, 100);
        AtlasFormatException e = assertThrows(AtlasFormatException.class, () -> {
            try (Archive archive = Archive.open(zip, SMALL)) {
                archive.read("FJ1");
            }
        });
        assertTrue(e.getMessage().startsWith("liar.zip: FJ1.obj: "), e.getMessage());
    }

    @Test
    void tooManyBytesInAllAreRefused() throws Exception {
        Object[] entries = new Object[2 * 6];
        for (int i = 0; i < 6; i++) {
            entries[2 * i] = "FJ" + i + ".obj";
            entries[2 * i + 1] = new byte[9_000];
        }
        assertRefused(zip("total.zip", entries), "total.zip: refused: declares more than 50000 bytes in all");
    }

    @Test
    void aTruncatedOrDamagedZipIsNamed() throws Exception {
        Path zip = zip("cut.zip", "FJ1.obj", OBJ, "FJ2.obj", OBJ);
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(zip, zip + ": not a readable zip archive");
        byte[] noise = new byte[4096];
        new Random(13).nextBytes(noise);
        Path damaged = dir.resolve("noise.zip");
        Files.write(damaged, noise);
        assertRefused(damaged, damaged + ": not a readable zip archive");
    }

    @Test
    void aLinkOutOfTheFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("archive"));
        Files.write(folder.resolve("FJ1.obj"), OBJ);
        Path outside = Files.write(dir.resolve("secret.obj"), OBJ);
        Files.createSymbolicLink(folder.resolve("FJ2.obj"), outside);
        assertRefused(folder, "archive: FJ2.obj: refused: a link that leads out of the folder");
    }

    @Test
    void aLinkInsideTheFolderIsRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("archive"));
        Path sub = Files.createDirectory(folder.resolve("sub"));
        Files.write(sub.resolve("FJ1.obj"), OBJ);
        Files.createSymbolicLink(folder.resolve("FJ2.obj"), sub.resolve("FJ1.obj"));
        try (Archive archive = Archive.open(folder, SMALL)) {
            assertArrayEquals(OBJ, archive.read("FJ2"));
        }
    }

    @Test
    void aFileFoundTwiceIsRefused() throws Exception {
        assertRefused(zip("twice.zip", "a/FJ1.obj", OBJ, "b/FJ1.obj", OBJ),
                "twice.zip: b/FJ1.obj: refused: a second file named FJ1.obj");
    }

    @Test
    void aMissingSourceIsNamed() {
        assertRefused(dir.resolve("nowhere.zip"), dir.resolve("nowhere.zip") + ": no such file or folder");
    }

    private void assertRefused(Path source, String start) {
        AtlasFormatException e = assertThrows(AtlasFormatException.class, () -> Archive.open(source, SMALL).close());
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    /** A zip of name/bytes pairs. */
    private Path zip(String name, Object... entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) entries[i]));
                out.write((byte[]) entries[i + 1]);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Makes the central directory's record of the only entry declare {@code size} uncompressed bytes. */
    private static void patchCentralDirectorySize(Path zip, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = bytes.length - 22; i >= 0; i--) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                bytes[i + 24] = (byte) size;
                bytes[i + 25] = (byte) (size >> 8);
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalStateException("no central directory record");
    }
}
