package org.myoplan.atlas.bodyparts3d;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.myoplan.atlas.AtlasFormatException;

/**
 * Reads one BodyParts3D OBJ file (triangles only: {@code v}, {@code vn}, {@code f v//vn}, one group) into a
 * welded surface in the file's own frame and units (millimetres). BodyParts3D repeats a vertex for each
 * normal; vertices are welded by position rounded to 0.001 mm, which makes the meshes closed. Normals,
 * texture coordinates, groups and materials are ignored; triangles that welding leaves without area are
 * dropped. Anything else is refused with the file and line. Written for speed (the archive is 140 MB of
 * text): bytes are scanned directly, no line strings.
 */
final class BodyPartsObj {

    static final int MAX_LINE_BYTES = 4096;
    static final int MAX_VERTICES = 4_000_000;
    static final int MAX_TRIANGLES = 4_000_000;
    /** Millimetres: a body part is well within 10 m of the origin. */
    static final double MAX_COORDINATE = 10_000;
    private static final double WELD = 1000; // 1/mm: 0.001 mm

    private final String file;
    private final byte[] bytes;
    private int at;
    private int line;
    private float[] raw = new float[3 * 4096];
    private int rawCount;
    private int[] faces = new int[3 * 4096];
    private int faceCount;

    private BodyPartsObj(String file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /** The welded surface of the file; {@code file} names it in messages ("archive.zip: FJ1234.obj"). */
    static Surface read(String file, byte[] bytes) throws AtlasFormatException {
        BodyPartsObj obj = new BodyPartsObj(file, bytes);
        obj.parse();
        if (obj.faceCount == 0) {
            throw new AtlasFormatException(file, 0, "the file has no triangles: not a BodyParts3D OBJ file");
        }
        return obj.weld();
    }

    private void parse() throws AtlasFormatException {
        while (at < bytes.length) {
            line++;
            int start = at;
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end - start > MAX_LINE_BYTES) {
                throw problem("the line is longer than " + MAX_LINE_BYTES + " bytes");
            }
            statement(start, end);
            at = end + 1;
        }
    }

    private void statement(int start, int end) throws AtlasFormatException {
        int i = skipSpace(start, end);
        if (i == end || bytes[i] == '#' || bytes[i] == '\r') {
            return;
        }
        int wordEnd = i;
        while (wordEnd < end && !space(bytes[wordEnd])) {
            wordEnd++;
        }
        String word = new String(bytes, i, Math.min(wordEnd - i, 12), StandardCharsets.ISO_8859_1);
        switch (word) {
            case "v" -> vertex(wordEnd, end);
            case "f" -> face(wordEnd, end);
            case "vn", "vt", "g", "o", "s", "usemtl", "mtllib" -> {
                // normals are recomputed after simplification; groups and materials are not drawn
            }
            default -> throw problem("unknown OBJ statement '" + printable(word) + "': not a BodyParts3D OBJ file");
        }
    }

    private void vertex(int from, int end) throws AtlasFormatException {
        if (rawCount >= MAX_VERTICES) {
            throw problem("more than " + MAX_VERTICES + " vertices");
        }
        if (3 * rawCount + 3 > raw.length) {
            raw = Arrays.copyOf(raw, 2 * raw.length);
        }
        int i = from;
        for (int axis = 0; axis < 3; axis++) {
            i = skipSpace(i, end);
            int numberEnd = i;
            while (numberEnd < end && !space(bytes[numberEnd])) {
                numberEnd++;
            }
            if (numberEnd == i) {
                throw problem("a vertex is 'v x y z'");
            }
            double value = number(i, numberEnd);
            if (!(Math.abs(value) <= MAX_COORDINATE)) {
                throw problem("the coordinate " + text(i, numberEnd) + " is beyond " + (int) MAX_COORDINATE + " mm");
            }
            raw[3 * rawCount + axis] = (float) value;
            i = numberEnd;
        }
        rawCount++;
    }

    private void face(int from, int end) throws AtlasFormatException {
        int first = -1, previous = -1, corners = 0;
        int i = skipSpace(from, end);
        while (i < end && bytes[i] != '\r') {
            int tokenEnd = i;
            while (tokenEnd < end && !space(bytes[tokenEnd])) {
                tokenEnd++;
            }
            int index = index(i, tokenEnd);
            if (corners == 0) {
                first = index;
            } else if (corners >= 2) {
                addTriangle(first, previous, index); // a polygon is fanned from its first corner
            }
            previous = index;
            corners++;
            i = skipSpace(tokenEnd, end);
        }
        if (corners < 3) {
            throw problem("a face needs three vertices");
        }
    }

    private void addTriangle(int a, int b, int c) throws AtlasFormatException {
        if (faceCount >= MAX_TRIANGLES) {
            throw problem("more than " + MAX_TRIANGLES + " triangles");
        }
        if (3 * faceCount + 3 > faces.length) {
            faces = Arrays.copyOf(faces, 2 * faces.length);
        }
        faces[3 * faceCount] = a;
        faces[3 * faceCount + 1] = b;
        faces[3 * faceCount + 2] = c;
        faceCount++;
    }

    /** The vertex index (0-based) of a face corner "12", "12//7" or "12/3/7"; negative indices count back. */
    private int index(int from, int to) throws AtlasFormatException {
        int end = from;
        while (end < to && bytes[end] != '/') {
            end++;
        }
        boolean negative = end > from && bytes[from] == '-';
        long value = 0;
        int digits = 0;
        for (int i = negative ? from + 1 : from; i < end; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9 || ++digits > 9) {
                throw problem("'" + printable(text(from, to)) + "' is not a vertex index");
            }
            value = 10 * value + d;
        }
        if (digits == 0 || value == 0) {
            throw problem("'" + printable(text(from, to)) + "' is not a vertex index");
        }
        long index = negative ? rawCount - value : value - 1;
        if (index < 0 || index >= rawCount) {
            throw problem("the vertex index " + printable(text(from, end)) + " is outside the " + rawCount
                    + " vertices so far");
        }
        return (int) index;
    }

    /** A decimal number such as -12.5, 3 or 1.2e-05. */
    private double number(int from, int to) throws AtlasFormatException {
        int i = from;
        boolean negative = false;
        if (bytes[i] == '-' || bytes[i] == '+') {
            negative = bytes[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0, scale = 0;
        boolean point = false, any = false;
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                any = true;
                if (digits < 18) {
                    mantissa = 10 * mantissa + (b - '0');
                    digits += mantissa > 0 ? 1 : 0;
                    scale -= point ? 1 : 0;
                } else {
                    scale += point ? 0 : 1;
                }
            } else if (b == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!any) {
            throw problem("'" + printable(text(from, to)) + "' is not a number");
        }
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            int exponentStart = ++i;
            boolean negativeExponent = i < to && bytes[i] == '-';
            if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
                i++;
            }
            int exponent = 0;
            int start = i;
            for (; i < to && bytes[i] >= '0' && bytes[i] <= '9' && exponent < 1000; i++) {
                exponent = 10 * exponent + (bytes[i] - '0');
            }
            if (i == start || exponentStart == to) {
                throw problem("'" + printable(text(from, to)) + "' is not a number");
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            throw problem("'" + printable(text(from, to)) + "' is not a number");
        }
        double value = scale >= 0 ? mantissa * Math.pow(10, scale) : mantissa / Math.pow(10, -scale);
        return negative ? -value : value;
    }

    /** Merges vertices at the same position (0.001 mm) and drops triangles left without three corners. */
    private Surface weld() {
        int[] remap = new int[rawCount];
        int capacity = Integer.highestOneBit(Math.max(16, rawCount * 2)) * 2;
        int[] table = new int[capacity];
        Arrays.fill(table, -1);
        long[] keyX = new long[rawCount], keyY = new long[rawCount], keyZ = new long[rawCount];
        float[] welded = new float[3 * rawCount];
        int count = 0;
        for (int v = 0; v < rawCount; v++) {
            long x = Math.round(raw[3 * v] * WELD), y = Math.round(raw[3 * v + 1] * WELD), z = Math.round(raw[3 * v
                    + 2] * WELD);
            int slot = (int) ((x * 73856093L ^ y * 19349663L ^ z * 83492791L) & (capacity - 1));
            while (table[slot] >= 0) {
                int w = table[slot];
                if (keyX[w] == x && keyY[w] == y && keyZ[w] == z) {
                    break;
                }
                slot = (slot + 1) & (capacity - 1);
            }
            if (table[slot] < 0) {
                table[slot] = count;
                keyX[count] = x;
                keyY[count] = y;
                keyZ[count] = z;
                System.arraycopy(raw, 3 * v, welded, 3 * count, 3);
                count++;
            }
            remap[v] = table[slot];
        }
        int[] triangles = new int[3 * faceCount];
        int n = 0;
        for (int t = 0; t < faceCount; t++) {
            int a = remap[faces[3 * t]], b = remap[faces[3 * t + 1]], c = remap[faces[3 * t + 2]];
            if (a != b && b != c && a != c) {
                triangles[n++] = a;
                triangles[n++] = b;
                triangles[n++] = c;
            }
        }
        return new Surface(Arrays.copyOf(welded, 3 * count), withoutTwins(Arrays.copyOf(triangles, n)));
    }

    /**
     * The triangles without pairs of one triangle and its reverse (the same corners wound the other way): a
     * fin of no thickness that BodyParts3D has in places, whose vertex normals would cancel. Dropping both
     * keeps every edge's count each way, so a closed surface stays closed.
     */
    static int[] withoutTwins(int[] triangles) {
        Map<List<Integer>, Integer> seen = new HashMap<>();
        boolean[] dropped = new boolean[triangles.length / 3];
        for (int t = 0; t < dropped.length; t++) {
            int a = triangles[3 * t], b = triangles[3 * t + 1], c = triangles[3 * t + 2];
            int first = Math.min(a, Math.min(b, c));
            List<Integer> key = first == a ? List.of(a, b, c) : first == b ? List.of(b, c, a) : List.of(c, a, b);
            List<Integer> reverse = List.of(key.get(0), key.get(2), key.get(1));
            Integer twin = seen.remove(reverse);
            if (twin != null) {
                dropped[t] = true;
                dropped[twin] = true;
            } else {
                seen.putIfAbsent(key, t);
            }
        }
        int[] kept = new int[triangles.length];
        int n = 0;
        for (int t = 0; t < dropped.length; t++) {
            if (!dropped[t]) {
                System.arraycopy(triangles, 3 * t, kept, n, 3);
                n += 3;
            }
        }
        return n == triangles.length ? triangles : Arrays.copyOf(kept, n);
    }

    private int skipSpace(int i, int end) {
        while (i < end && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    private String text(int from, int to) {
        return new String(bytes, from, Math.min(to - from, 40), StandardCharsets.ISO_8859_1);
    }

    private static String printable(String text) {
        return text.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private AtlasFormatException problem(String message) {
        return new AtlasFormatException(file, line, message);
    }
}
