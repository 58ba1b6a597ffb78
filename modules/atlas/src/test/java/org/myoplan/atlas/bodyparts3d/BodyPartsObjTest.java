package org.myoplan.atlas.bodyparts3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.AtlasFormatException;

class BodyPartsObjTest {

    @Test
    void weldingTheRepeatedCornersMakesTheSurfaceClosed() throws AtlasFormatException {
        Surface sphere = Shapes.sphere(20, 2, -100, 30, 900);
        Surface read = BodyPartsObj.read("FJ1.obj", bytes(Shapes.obj("FJ1", "FMA1", "test", sphere)));
        assertEquals(sphere.triangleCount(), read.triangleCount());
        assertEquals(sphere.vertexCount(), read.vertexCount(),
                "3 corners a triangle welded back to the sphere's vertices");
        assertTrue(read.isClosed());
        assertEquals(sphere.signedVolume(), read.signedVolume(), 0.01 * sphere.signedVolume());
    }

    @Test
    void aTriangleAndItsReverseAreDroppedTogetherAndTheSurfaceStaysClosed() {
        Surface sphere = Shapes.sphere(1, 1, 0, 0, 0);
        int[] t = sphere.triangles();
        int[] withFin = Arrays.copyOf(t, t.length + 6);
        int[] fin = {t[0], t[4], t[8], t[4], t[0], t[8]}; // a fin across the sphere, both ways round
        System.arraycopy(fin, 0, withFin, t.length, 6);
        int[] cleaned = BodyPartsObj.withoutTwins(withFin);
        assertEquals(t.length, cleaned.length);
        assertTrue(new Surface(sphere.positions(), cleaned).isClosed());
        assertSame(t, BodyPartsObj.withoutTwins(t), "nothing to drop: the same array");
    }

    @Test
    void readsNumbersWithExponentsSignsAndPolygons() throws AtlasFormatException {
        String text = "v 1.5e+01 -2 0.25\nv -1E-1 +3 4.\nv 0 0 1\nv 1 1 1\nf 1 2 3 4\n";
        Surface s = BodyPartsObj.read("q.obj", bytes(text));
        assertEquals(2, s.triangleCount(), "a quad fanned into two triangles");
        float[] p = s.positions();
        assertEquals(15f, p[0]);
        assertEquals(-2f, p[1]);
        assertEquals(0.25f, p[2]);
        assertEquals(-0.1f, p[3], 1e-7);
        assertEquals(3f, p[4]);
        assertEquals(4f, p[5]);
    }

    @Test
    void negativeIndicesCountBack() throws AtlasFormatException {
        Surface s = BodyPartsObj.read("n.obj", bytes("v 0 0 0\nv 1 0 0\nv 0 1 0\nf -3 -2 -1\n"));
        assertEquals(1, s.triangleCount());
    }

    @Test
    void badFilesAreRefusedNamingFileAndLine() {
        assertMessage("a.obj, line 2: unknown OBJ statement 'PK", "v 0 0 0\nPK\u0003\u0004 rubbish\n");
        assertMessage("a.obj, line 4: the vertex index 9 is outside", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 9\n");
        assertMessage("a.obj, line 1: 'x' is not a number", "v x 0 0\n");
        assertMessage("a.obj, line 1: the coordinate 1e9 is beyond", "v 1e9 0 0\n");
        assertMessage("a.obj: the file has no triangles", "# nothing\n");
        assertMessage("a.obj, line 1: the line is longer", "#" + "x".repeat(5000) + "\n");
        assertMessage("a.obj, line 3: a face needs three vertices", "v 0 0 0\nv 1 0 0\nf 1 2\n");
    }

    private static void assertMessage(String start, String text) {
        AtlasFormatException e = assertThrows(AtlasFormatException.class, () -> BodyPartsObj.read("a.obj",
                bytes(text)));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
