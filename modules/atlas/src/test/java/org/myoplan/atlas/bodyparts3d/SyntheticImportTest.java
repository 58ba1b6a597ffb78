package org.myoplan.atlas.bodyparts3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.model.Side;

/**
 * The whole import on a synthetic archive: spheres written as BodyParts3D files for a few parts, found by
 * the shipped tables. Always runs; the real archive is RealArchiveTest's.
 */
class SyntheticImportTest {

    private static final Atlas BASE = Atlas.loadDefault();
    private static final PartTables TABLES = PartTables.load();
    private static final Budget SMALL = new Budget(400, 200, 200, 24);

    @TempDir
    Path dir;
    private Path archive;

    @BeforeEach
    void writeArchive() throws IOException {
        archive = Files.createDirectory(dir.resolve("isa_BP3D_4.0_obj_99"));
        Files.writeString(archive.resolve("readme.txt"), "not an OBJ file");
        // biceps: long and short head, the left files the right ones mirrored (as FJnnnnM are)
        pair("FMA37686", "FMA37687", Shapes.sphere(20, 3, -170, -10, 1250), true);
        pair("FMA37684", "FMA37685", Shapes.sphere(15, 3, -150, -20, 1240), true);
        // teres major labelled the wrong way round: the "right" file lies on the left
        pair("FMA32551", "FMA32552", Shapes.sphere(15, 2, 120, 40, 1300), true);
        // coracobrachialis: not mapped, so a context muscle
        pair("FMA37665", "FMA37666", Shapes.sphere(8, 2, -160, -5, 1270), true);
        // bones: humerus on each side (separate models), the sacrum on the midline, the heels lowest
        pair("FMA23130", "FMA23131", Shapes.sphere(25, 2, -175, 0, 1200), false);
        write(fma("FMA16202"), Shapes.sphere(40, 2, 0, 40, 900));
        pair("FMA24497", "FMA24498", Shapes.sphere(30, 2, -80, 20, -40), false);
    }

    @Test
    void mappedMusclesAreTheUnionOfTheirPartsOnBothSides() throws Exception {
        BodyParts3dImporter.Result result = run(archive);
        Muscle right = result.atlas().find("biceps_brachii", Side.RIGHT).orElseThrow();
        Muscle left = result.atlas().find("biceps_brachii", Side.LEFT).orElseThrow();
        assertEquals("BodyParts3D 4.0: long head of right biceps brachii (FMA37686), short head of right biceps "
                + "brachii "
                + "(FMA37684)", right.source());
        assertTrue(right.mesh().triangleCount() <= SMALL.mapped() / 2, right.mesh().toString());
        assertMirror(right.mesh(), left.mesh());
        assertTrue(new Surface(right.mesh().positions(), right.mesh().indices()).isClosed());
        assertTrue(new Surface(right.mesh().positions(), right.mesh().indices()).signedVolume() > 0, "outward");
        assertEquals("Biceps brachii", right.displayName());
        assertEquals(BASE.find("biceps_brachii", Side.RIGHT).orElseThrow().synonyms(), right.synonyms());
    }

    @Test
    void aPartLabelledOnTheWrongSideIsTakenFromWhereItLies() throws Exception {
        BodyParts3dImporter.Result result = run(archive);
        Mesh right = result.atlas().find("teres_major", Side.RIGHT).orElseThrow().mesh();
        assertTrue(right.bounds()[3] < 0, "the right teres major lies at x < 0: " + right);
        assertTrue(result.notes().stream().anyMatch(n
                -> n.startsWith("Teres major: BodyParts3D's right teres major (FMA32551) "
                + "lies on the body's left")), result.notes().toString());
    }

    @Test
    void musclesTheArchiveLacksKeepTheBuiltInMeshAndTheNotesSaySo() throws Exception {
        BodyParts3dImporter.Result result = run(archive);
        Muscle triceps = result.atlas().find("triceps_brachii", Side.LEFT).orElseThrow();
        assertSame(BASE.find("triceps_brachii", Side.LEFT).orElseThrow().mesh(), triceps.mesh());
        assertTrue(result.notes().stream().anyMatch(n
                -> n.startsWith("Kept from the built-in atlas: Pectoralis major, ")
                && n.contains(", Triceps brachii, ")), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Triceps brachii: kept from the built-in atlas "
                + "(the archive lacks FJ1479.obj")), result.notes().toString());
        assertEquals(BASE.muscles().size(), result.atlas().muscles().stream().filter(m -> !m.context()).count());
        assertEquals(BASE.groups(), result.atlas().groups());
        assertEquals(BASE.patternIds(), result.atlas().patternIds());
        assertTrue(result.atlas().skin().isEmpty(), "BodyParts3D has no skin");
    }

    @Test
    void otherMusclesAreContextMusclesWithoutDoseIds() throws Exception {
        Atlas atlas = run(archive).atlas();
        List<Muscle> context = atlas.muscles().stream().filter(Muscle::context).toList();
        assertEquals(List.of("bp3d_coracobrachialis.right", "bp3d_coracobrachialis.left"),
                context.stream().map(Muscle::key).toList());
        Muscle coracobrachialis = context.get(0);
        assertEquals("Coracobrachialis", coracobrachialis.displayName());
        assertEquals("arm", coracobrachialis.region(), "the region of the nearest mapped muscle (biceps)");
        assertTrue(coracobrachialis.source().contains("FMA37665"), coracobrachialis.source());
        assertTrue(atlas.resolveIds("coracobrachialis").isEmpty(), "no dosing id names it");
    }

    @Test
    void bonesAreBodyParts3dsWithTheirSidesAndTheHeelsOnTheFloor() throws Exception {
        Atlas atlas = run(archive).atlas();
        assertEquals(List.of("calcaneus.right", "calcaneus.left", "humerus.right", "humerus.left", "sacrum"),
                atlas.bones().stream().map(Bone::key).toList());
        Bone sacrum = atlas.bones().get(4);
        assertNull(sacrum.side());
        assertEquals("Sacrum", sacrum.name());
        double floor = atlas.bones().stream().mapToDouble(b -> b.mesh().bounds()[1]).min().orElseThrow();
        assertEquals(0, floor, 1e-6, "the lowest bone point is y = 0");
        // BodyParts3D (x, y, z) mm -> (x, z - zmin, -y) / 1000 m: the sacrum's centre (0, 40, 900) mm
        float[] b = sacrum.mesh().bounds();
        assertEquals(0, (b[0] + b[3]) / 2, 1e-3);
        assertEquals((900 - (-40 - 30)) / 1000.0, (b[1] + b[4]) / 2, 2e-3, "height above the heels");
        assertEquals(-0.040, (b[2] + b[5]) / 2, 2e-3, "posterior is -z");
    }

    @Test
    void theProvenanceCarriesTheAttribution() throws Exception {
        Atlas.Provenance provenance = run(archive).atlas().provenance();
        assertEquals("BodyParts3D 4.0, imported from isa_BP3D_4.0_obj_99", provenance.description());
        assertEquals(BodyParts3dImporter.ATTRIBUTION, provenance.attribution());
    }

    @Test
    void theZipAsDownloadedGivesTheSameAtlasAsItsFolder() throws Exception {
        Path zip = dir.resolve("isa_BP3D_4.0_obj_99.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> files = Files.list(archive)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("isa_BP3D_4.0_obj_99/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        Atlas fromZip = run(zip).atlas();
        Atlas fromFolder = run(archive).atlas();
        assertEquals(fromFolder.triangleCount(), fromZip.triangleCount());
        assertArrayEquals(fromFolder.find("biceps_brachii", Side.LEFT).orElseThrow().mesh().positions(),
                fromZip.find("biceps_brachii", Side.LEFT).orElseThrow().mesh().positions());
    }

    @Test
    void version3FilesAreUsedWhenTheySitOnTheBody() throws Exception {
        Path version3 = Files.createDirectory(dir.resolve("bodyparts3d-3.0-trunk"));
        Surface latissimus = Shapes.sphere(24, 2, -175, 0, 1200); // where the humerus is
        Files.writeString(version3.resolve("FMA13358.obj"), Shapes.obj("-", "-", "-", latissimus));
        Files.writeString(version3.resolve("FMA13359.obj"), Shapes.obj("-", "-", "-", Shapes.mirrored(latissimus)));
        Files.writeString(version3.resolve("FMA13377.obj"), Shapes.obj("-", "-", "-", Shapes.sphere(20, 2, -50, -150,
                300)));
        Files.writeString(version3.resolve("FMA13378.obj"), Shapes.obj("-", "-", "-", Shapes.sphere(20, 2, 50, -150,
                300)));
        BodyParts3dImporter.Result result = new ImportRun(BASE, ImportProgress.NONE, SMALL, Archive.Limits.DEFAULT)
                .run(archive, List.of(version3));
        assertTrue(result.atlas().find("latissimus_dorsi", Side.RIGHT).orElseThrow().source()
                .startsWith("BodyParts3D 3.0: "));
        assertTrue(result.notes()
                .contains("From BodyParts3D 3.0: Latissimus dorsi (100% of its ends within about 2 cm of "
                + "the 4.0 body)."), result.notes().toString());
        assertTrue(result.notes()
                .contains("Rectus abdominis: the BodyParts3D 3.0 files do not sit on the 4.0 body (0% of "
                + "an end within about 2 cm of it): not shown."), result.notes().toString());
        assertTrue(result.atlas().muscles().stream().noneMatch(m -> m.id().equals("bp3d_rectus_abdominis")));
    }

    @Test
    void aBrokenFileInTheArchiveStopsTheImportNamingIt() throws Exception {
        Files.writeString(archive.resolve(fma("FMA37686") + ".obj"), "v 0 0 0\nv 1 0 oops\n");
        AtlasFormatException e = assertThrows(AtlasFormatException.class, () -> run(archive));
        assertEquals("isa_BP3D_4.0_obj_99: " + fma("FMA37686") + ".obj, line 2: 'oops' is not a number",
                e.getMessage());
    }

    @Test
    void aForeignFolderIsNamed() throws Exception {
        Path foreign = Files.createDirectory(dir.resolve("holiday photos"));
        Files.writeString(foreign.resolve("teapot.obj"), Shapes.obj("teapot", "-", "-", Shapes.sphere(1, 1, 0, 0, 0)));
        AtlasFormatException e = assertThrows(AtlasFormatException.class, () -> run(foreign));
        assertEquals("holiday photos: has no BodyParts3D 4.0 element files (FJnnnn.obj): it is not the BodyParts3D "
                + "archive "
                + "isa_BP3D_4.0_obj_99.zip or its folder", e.getMessage());
    }

    @Test
    void cancellingStopsTheImport() {
        ImportProgress cancelled = new ImportProgress() {
            @Override
            public void step(String what, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> new ImportRun(BASE, cancelled, SMALL, Archive.Limits.DEFAULT).run(archive, List.of()));
    }

    @Test
    void progressCountsUpToItsTotal() throws Exception {
        int[] last = {0, 0};
        new ImportRun(BASE, new ImportProgress() {
            @Override
            public void step(String what, int done, int total) {
                assertTrue(done > last[0] && done <= total, done + " of " + total);
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        }, SMALL, Archive.Limits.DEFAULT).run(archive, List.of());
        assertEquals(last[1], last[0]);
    }

    private BodyParts3dImporter.Result run(Path source) throws AtlasFormatException {
        return new ImportRun(BASE, ImportProgress.NONE, SMALL, Archive.Limits.DEFAULT).run(source, List.of());
    }

    private static void assertMirror(Mesh right, Mesh left) {
        float[] r = right.positions(), l = left.positions();
        assertEquals(r.length, l.length);
        for (int i = 0; i < r.length; i += 3) {
            assertEquals(-r[i], l[i]);
            assertEquals(r[i + 1], l[i + 1]);
            assertEquals(r[i + 2], l[i + 2]);
        }
    }

    /**
     * Writes the right part's file and the left's: the right mirrored, or a separate model placed on the other side.
     */
    private void pair(String rightFma, String leftFma, Surface right, boolean mirror) throws IOException {
        write(fma(rightFma), right);
        write(fma(leftFma), mirror ? Shapes.mirrored(right) : Shapes.mirrored(Shapes.sphere(
                Math.sqrt(right.area() / 4 / Math.PI) * 1.02, 2, right.centreX(), right.bounds()[1] / 2
                        + right.bounds()[4] / 2,
                right.bounds()[2] / 2 + right.bounds()[5] / 2)));
    }

    private void write(String file, Surface s) throws IOException {
        Files.write(archive.resolve(file + ".obj"), Shapes.obj(file, "-", "-", s).getBytes(StandardCharsets.US_ASCII));
    }

    /** The element file of a concept, from the shipped table. */
    private static String fma(String fma) {
        return TABLES.files(fma).get(0).file();
    }
}
