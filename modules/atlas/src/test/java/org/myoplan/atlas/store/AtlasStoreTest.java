package org.myoplan.atlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.Layer;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.model.Side;

class AtlasStoreTest {

    private static final Atlas BUILT_IN = Atlas.loadDefault();

    @TempDir
    Path dir;

    @Test
    void theStoreLivesUnderTheUserDirectory() {
        assertEquals(Path.of("/home/u/.myoplan/userdir/var/myoplan/atlas/bodyparts3d.atlas"),
                AtlasStore.fileIn(Path.of("/home/u/.myoplan/userdir")));
    }

    @Test
    void anAtlasComesBackAsItWasWritten() throws Exception {
        Atlas atlas = withContextMuscleAndLargeMesh(BUILT_IN);
        Path file = AtlasStore.fileIn(dir);
        AtlasStore.write(atlas, file);
        Atlas read = AtlasStore.read(file);
        assertEquals(atlas.provenance(), read.provenance());
        assertEquals(atlas.groups(), read.groups());
        assertEquals(atlas.patternIds(), read.patternIds());
        assertEquals(atlas.muscles().size(), read.muscles().size());
        for (int i = 0; i < atlas.muscles().size(); i++) {
            Muscle a = atlas.muscles().get(i), b = read.muscles().get(i);
            assertEquals(a.withMesh(b.mesh()), b, "every field but the mesh, " + a.key());
            assertSameMesh(a.mesh(), b.mesh());
        }
        assertEquals(atlas.bones().size(), read.bones().size());
        for (int i = 0; i < atlas.bones().size(); i++) {
            assertEquals(atlas.bones().get(i).key(), read.bones().get(i).key());
            assertEquals(atlas.bones().get(i).name(), read.bones().get(i).name());
            assertSameMesh(atlas.bones().get(i).mesh(), read.bones().get(i).mesh());
        }
        assertEquals(atlas.skin().size(), read.skin().size());
        assertEquals(atlas.skin().get(0).key(), read.skin().get(0).key());
        assertEquals(atlas.triangleCount(), read.triangleCount());
    }

    @Test
    void writingReplacesTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = AtlasStore.fileIn(dir);
        AtlasStore.write(BUILT_IN, file);
        AtlasStore.write(withContextMuscleAndLargeMesh(BUILT_IN), file);
        assertTrue(AtlasStore.read(file).muscle("bp3d_test_muscle.right").isPresent());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName()), files.map(Path::getFileName).toList());
        }
    }

    @Test
    void aDamagedFileIsRefusedNamingIt() throws Exception {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertRefused(file, file + ": is damaged: its checksum does not match");
    }

    @Test
    void aTruncatedFileIsRefusedNamingIt() throws Exception {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
        assertRefused(file, file + ": is cut short or has bytes added");
        Files.write(file, Arrays.copyOf(bytes, 10));
        assertRefused(file, file + ": is not a Myoplan atlas store");
    }

    @Test
    void aForeignFileIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve("foreign.atlas");
        Files.writeString(file, "PK\u0003\u0004 this is a zip file, or anything else, but not an atlas store");
        assertRefused(file, file + ": is not a Myoplan atlas store (it does not start with MYOATLAS)");
    }

    @Test
    void aFileOfAnotherFormatVersionIsRefusedNamingIt() throws Exception {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(8, AtlasStore.VERSION + 1);
        Files.write(file, bytes);
        assertRefused(file, file + ": is an atlas store of format 2; this Myoplan reads format 1");
    }

    @Test
    void theHeaderIsMagicVersionLengthAndChecksum() throws Exception {
        byte[] bytes = Files.readAllBytes(written());
        assertEquals("MYOATLAS", new String(bytes, 0, 8, StandardCharsets.US_ASCII));
        ByteBuffer header = ByteBuffer.wrap(bytes, 8, 20);
        assertEquals(AtlasStore.VERSION, header.getInt());
        assertEquals(bytes.length - 28, header.getLong());
    }

    private Path written() throws Exception {
        Path file = dir.resolve("store.atlas");
        AtlasStore.write(BUILT_IN, file);
        return file;
    }

    private static void assertRefused(Path file, String start) {
        AtlasFormatException e = assertThrows(AtlasFormatException.class, () -> AtlasStore.read(file));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    private static void assertSameMesh(Mesh a, Mesh b) {
        assertArrayEquals(a.positions(), b.positions());
        assertArrayEquals(a.indices(), b.indices());
        float[] na = a.normals(), nb = b.normals();
        for (int i = 0; i < na.length; i++) {
            assertEquals(na[i], nb[i], 1e-4, "normal component " + i);
        }
    }

    /** The atlas with a context muscle (null limb) whose mesh has more vertices than short indices reach. */
    private static Atlas withContextMuscleAndLargeMesh(Atlas atlas) {
        int vertices = 70_000;
        float[] p = new float[3 * vertices];
        float[] n = new float[3 * vertices];
        for (int v = 0; v < vertices; v++) {
            p[3 * v] = v * 1e-5f;
            p[3 * v + 1] = (v % 7) * 0.01f;
            n[3 * v + 2] = 1;
        }
        int[] triangles = new int[3 * (vertices - 2)];
        for (int t = 0; t < vertices - 2; t++) {
            triangles[3 * t] = t;
            triangles[3 * t + 1] = t + 1;
            triangles[3 * t + 2] = t + 2;
        }
        Mesh large = new Mesh(p, n, triangles);
        List<Muscle> muscles = new ArrayList<>(atlas.muscles());
        muscles.add(new Muscle("bp3d_test_muscle", Side.RIGHT, "Test muscle", List.of(), List.of(), "trunk", null,
                Layer.INTERMEDIATE, "", "", large, "synthetic", true));
        return Atlas.of(muscles, atlas.bones(), atlas.skin(), atlas.groups(), atlas.patternIds(),
                new Atlas.Provenance("A test atlas", "Attribution: ünïcode ✓"));
    }
}
