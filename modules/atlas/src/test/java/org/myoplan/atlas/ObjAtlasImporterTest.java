package org.myoplan.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

class ObjAtlasImporterTest {

    private static Atlas atlas;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        atlas = Atlas.loadDefault();
    }

    /** A closed cube around (cx, cy, cz), quads counter-clockwise from outside, with relative indices. */
    static String cube(String name, double cx, double cy, double cz, double h, boolean relative) {
        StringBuilder obj = new StringBuilder("o " + name + "\n");
        for (int i = 0; i < 8; i++) {
            obj.append(String.format(Locale.ROOT, "v %.4f %.4f %.4f%n", cx + ((i & 1) == 0 ? -h : h),
                    cy + ((i & 2) == 0 ? -h : h), cz + ((i & 4) == 0 ? -h : h)));
        }
        int[][] quads = {{1, 3, 4, 2}, {5, 6, 8, 7}, {1, 2, 6, 5}, {3, 7, 8, 4}, {1, 5, 7, 3}, {2, 4, 8, 6}};
        for (int[] q : quads) {
            obj.append("f");
            for (int v : q) {
                obj.append(' ').append(relative ? v - 9 : v).append("//").append(relative ? v - 9 : v);
            }
            obj.append('\n');
        }
        return obj.toString();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ObjAtlasImporter.Result run() {
        return new ObjAtlasImporter(atlas).importFrom(dir);
    }

    @Test
    void aGoodAtlasReplacesTheMappedMusclesOnly() throws IOException {
        write("biceps.obj", "# a licensed biceps\nvn 0 0 1\nvt 0 0\n" + cube("biceps_r", -0.2, 1.25, 0.04, 0.02, false)
                + cube("biceps_l", 0.2, 1.25, 0.04, 0.02, true));
        write("soleus.obj", cube("sol", -0.1, 0.3, -0.05, 0.03, true));
        write(ObjAtlasImporter.MAPPING,
                "mesh_name,muscle_id,side\nbiceps_r,biceps_brachii,right\r\nbiceps_l,biceps_brachii,left\n"
                + "soleus.obj,soleus,both\n");
        ObjAtlasImporter.Result result = run();
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("biceps_brachii.right", "biceps_brachii.left", "soleus.right", "soleus.left"),
                result.replacedKeys());
        Mesh biceps = result.atlas().find("biceps_brachii", Side.RIGHT).orElseThrow().mesh();
        assertEquals(12, biceps.triangleCount(), "six quads, triangulated");
        List<String> problems = new ArrayList<>();
        AtlasTest.check("imported biceps", biceps, problems);
        AtlasTest.check("imported soleus (mirrored)", result.atlas().find("soleus", Side.LEFT).orElseThrow().mesh(),
                problems);
        assertEquals(List.of(), problems, "closed, outward, computed normals");
        assertTrue(result.atlas().find("soleus", Side.LEFT).orElseThrow().centre().x() > 0,
                "the left soleus mirrored to +X");
        assertSame(atlas.find("triceps_brachii", Side.RIGHT).orElseThrow().mesh(),
                result.atlas().find("triceps_brachii", Side.RIGHT).orElseThrow().mesh(),
                "unmapped muscles keep theirs");
        assertNotSame(atlas, result.atlas());
        // the imported mesh can be picked
        Muscle imported = result.atlas().find("biceps_brachii", Side.RIGHT).orElseThrow();
        var hit = new RayPicker(result.atlas()).pick(imported.centre().plus(new Vec3(0, 0, 2)),
                new Vec3(0, 0, -1), m -> m.id().equals("biceps_brachii"));
        assertEquals("biceps_brachii.right", hit.orElseThrow().muscle().orElseThrow().key());
    }

    @Test
    void brokenFilesAreReportedByFileAndLine() throws IOException {
        write("a.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 9\n");
        write("b.obj", "v 0 0 0\nv 1 0 0\nv zero 1 0\nf 1 2 3\n");
        write("c.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2\n");
        write("d.obj", "v 0 0 0\nv 0.1 0 0\nv 0 0.1 0\nbogus 1 2 3\n");
        write("e.obj", "# nothing\n");
        write("f.obj", "v 0 0 0\nv 0.1 0 0\nv 0 0.1 0\nf 0 1 2\n");
        write(ObjAtlasImporter.MAPPING, String.join("\n", "a.obj,biceps_brachii,right", "b.obj,brachialis,right",
                "c.obj,soleus,right", "d.obj,gracilis,right", "e.obj,sartorius,right", "f.obj,deltoid,left",
                "g.obj,triceps_brachii,right", "x,unknown_muscle,right", "y,soleus", "z,soleus,middle",
                "a.obj,biceps_brachii,right"));
        ObjAtlasImporter.Result result = run();
        List<String> messages = result.problems().stream().map(ImportProblem::toString).toList();
        assertHas(messages, "a.obj, line 4: the vertex index 9 is out of range");
        assertHas(messages, "b.obj, line 3: 'zero' is not a number");
        assertHas(messages, "c.obj, line 4: a face needs at least three vertices");
        assertHas(messages, "d.obj, line 4: unknown OBJ statement 'bogus'");
        assertHas(messages, "e.obj: the file has no faces");
        assertHas(messages, "f.obj, line 4: the vertex index 0 is out of range");
        assertHas(messages, "g.obj: the file is missing");
        assertHas(messages, "mapping.csv, line 8: unknown muscle id 'unknown_muscle'");
        assertHas(messages, "mapping.csv, line 9: expected mesh_name,muscle_id,side");
        assertHas(messages, "mapping.csv, line 10: the side must be left, right or both");
        assertEquals(List.of(), result.replacedKeys());
        assertEquals(atlas.muscles().size(), result.atlas().muscles().size());
    }

    @Test
    void hostileInputIsRefusedWithoutCrashing() throws IOException {
        write("nan.obj", "v NaN 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
        write("inf.obj", "v 0 0 0\nv Infinity 0 0\nv 0 1 0\nf 1 2 3\n");
        write("far.obj", "v 0 0 0\nv 1e30 0 0\nv 0 1 0\nf 1 2 3\n");
        write("neg.obj", "v 0 0 0\nv 0.1 0 0\nv 0 0.1 0\nf -1 -2 -4\n");
        write("huge.obj", "v 0 0 0\nv 0.1 0 0\nv 0 0.1 0\nf 1 2 99999999999999999999\n");
        StringBuilder many = new StringBuilder("v 0 0 0\nv 0.1 0 0\nv 0 0.1 0\nf");
        for (int i = 0; i < 65; i++) {
            many.append(' ').append(i % 3 + 1);
        }
        write("many.obj", many.append('\n').toString());
        write("long.obj", "v 0 0 0 " + "0".repeat(10_000) + "\n");
        write("big.obj", "");
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("big.obj").toFile(), "rw")) {
            f.setLength(ObjAtlasImporter.MAX_FILE_BYTES + 1); // sparse
        }
        Files.write(dir.resolve("latin1.obj"), "o muscl\u00e9\nv 0 0 0\n".getBytes(StandardCharsets.ISO_8859_1));
        Path outside = Files.createTempFile("myoplan-outside", ".obj");
        Files.writeString(outside, cube("outside", 0, 1, 0, 0.02, false));
        Path link = dir.resolve("link.obj");
        boolean linked;
        try {
            Files.createSymbolicLink(link, outside);
            linked = true;
        } catch (UnsupportedOperationException | IOException e) {
            linked = false;
        }
        write(ObjAtlasImporter.MAPPING, String.join("\n", "nan.obj,biceps_brachii,right", "inf.obj,brachialis,right",
                "far.obj,soleus,right", "neg.obj,gracilis,right", "huge.obj,sartorius,right", "long.obj,deltoid,right",
                "big.obj,triceps_brachii,right", "latin1.obj,soleus,left", "many.obj,brachioradialis,right",
                "../../etc/passwd,biceps_brachii,left", "/etc/passwd,brachialis,left",
                "..\\..\\windows\\win.ini,deltoid,left", "link.obj,gracilis,left"));
        ObjAtlasImporter.Result result = run();
        List<String> messages = result.problems().stream().map(ImportProblem::toString).toList();
        assertHas(messages, "nan.obj, line 1: 'NaN' is not a finite number");
        assertHas(messages, "inf.obj, line 2: 'Infinity' is not a finite number");
        assertHas(messages, "far.obj, line 2: the coordinate 1e30 is beyond");
        assertHas(messages, "neg.obj, line 4: the vertex index -4 is out of range");
        assertHas(messages, "huge.obj, line 4: '99999999999999999999' is not a vertex index");
        assertHas(messages, "long.obj, line 1: the line is longer than");
        assertHas(messages, "big.obj: refused:");
        assertHas(messages, "latin1.obj, line 1: the file is not UTF-8 text");
        assertHas(messages, "many.obj, line 4: a face with more than 64 vertices");
        assertHas(messages, "mapping.csv, line 10: the mesh name '../../etc/passwd' is refused");
        assertHas(messages, "mapping.csv, line 11: the mesh name '/etc/passwd' is refused");
        assertHas(messages, "mapping.csv, line 12: the mesh name '..\\..\\windows\\win.ini' is refused");
        if (linked) {
            assertHas(messages, "link.obj: refused: not a regular file inside the atlas directory");
        }
        assertEquals(List.of(), result.replacedKeys());
        Files.deleteIfExists(outside);
    }

    @Test
    void aMissingDirectoryOrMappingIsAProblemNotACrash() throws IOException {
        ObjAtlasImporter.Result missing = new ObjAtlasImporter(atlas).importFrom(dir.resolve("nowhere"));
        assertFalse(missing.ok());
        assertSame(atlas, missing.atlas());
        ObjAtlasImporter.Result noMapping = run();
        assertHas(noMapping.problems().stream().map(ImportProblem::toString).toList(),
                "mapping.csv: the file is missing");
        Files.write(dir.resolve(ObjAtlasImporter.MAPPING), new byte[] {(byte) 0xff, (byte) 0xfe, 'a', ',', 'b'});
        assertHas(run().problems().stream().map(ImportProblem::toString).toList(),
                "mapping.csv: the file is not UTF-8 text");
    }

    private static void assertHas(List<String> messages, String start) {
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(start)), () -> "no problem starting '" + start
                + "' in\n" + String.join("\n", messages));
    }
}
