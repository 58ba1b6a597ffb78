package org.myoplan.atlas.obj;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.myoplan.atlas.ImportProblem;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Normals;

/**
 * A defensive Wavefront OBJ reader: positions ({@code v}) and polygon faces ({@code f}) grouped by
 * object or group name ({@code o}, {@code g}); texture coordinates, normals and materials are ignored
 * (normals are computed from the winding). Polygons are fanned into triangles; negative (relative)
 * indices are supported; zero-area triangles are dropped. Anything else wrong is reported with the
 * file and line and the file yields no meshes.
 */
public final class ObjReader {

    /** Limits that keep a hostile file from exhausting memory. */
    public static final int MAX_LINE_BYTES = 4096;
    public static final int MAX_VERTICES = 1_000_000;
    public static final int MAX_TRIANGLES = 1_000_000;
    public static final int MAX_POLYGON_CORNERS = 64;
    /** Coordinates are metres in the atlas frame; anything beyond this is not a body part. */
    public static final double MAX_COORDINATE = 10.0;

    /** The objects of one file, by name (the file's base name for faces before any o/g line). */
    public record Result(Map<String, Mesh> meshes, List<ImportProblem> problems) {
    }

    private ObjReader() {
    }

    public static Result read(String fileName, byte[] bytes) {
        Parser parser = new Parser(fileName);
        try {
            parser.parse(bytes);
        } catch (Failure failure) {
            return new Result(Map.of(), List.of(failure.problem));
        }
        return new Result(parser.meshes(), List.of());
    }

    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ImportProblem problem;

        Failure(ImportProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    private static final class Parser {
        private final String file;
        private final String baseName;
        private float[] vertices = new float[3 * 1024];
        private int vertexCount;
        private final Map<String, IntList> faces = new LinkedHashMap<>();
        private String current;
        private int triangles;
        private int line;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

        Parser(String file) {
            this.file = file;
            int dot = file.lastIndexOf('.');
            this.baseName = dot > 0 ? file.substring(0, dot) : file;
            this.current = baseName;
        }

        void parse(byte[] bytes) throws Failure {
            int start = 0;
            while (start < bytes.length) {
                int end = start;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                line++;
                if (end - start > MAX_LINE_BYTES) {
                    throw problem("the line is longer than " + MAX_LINE_BYTES + " bytes");
                }
                String text;
                try {
                    text = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
                } catch (CharacterCodingException e) {
                    throw problem("the file is not UTF-8 text (bytes that are not UTF-8)");
                }
                parseLine(text.strip());
                start = end + 1;
            }
            if (faces.values().stream().allMatch(f -> f.size == 0)) {
                throw new Failure(new ImportProblem(file, 0, "the file has no faces"));
            }
        }

        private void parseLine(String text) throws Failure {
            if (text.isEmpty() || text.charAt(0) == '#') {
                return;
            }
            String[] words = text.split("\\s+");
            switch (words[0]) {
                case "v" -> vertex(words);
                case "f" -> face(words);
                case "o", "g" -> {
                    if (words.length < 2) {
                        throw problem("'" + words[0] + "' needs a name");
                    }
                    current = text.substring(2).strip();
                }
                case "vt", "vn", "vp", "s", "mtllib", "usemtl", "l", "p" -> {
                    // not needed: normals are computed, texture and material are not drawn
                }
                default -> throw problem("unknown OBJ statement '" + CharBuffer.wrap(words[0], 0,
                        Math.min(20, words[0].length())) + "'");
            }
        }

        private void vertex(String[] words) throws Failure {
            if (words.length < 4 || words.length > 5 && words.length != 7) {
                throw problem("a vertex is 'v x y z'");
            }
            if (vertexCount >= MAX_VERTICES) {
                throw problem("more than " + MAX_VERTICES + " vertices");
            }
            if (3 * vertexCount + 3 > vertices.length) {
                vertices = Arrays.copyOf(vertices, Math.min(vertices.length * 2, 3 * MAX_VERTICES));
            }
            for (int axis = 0; axis < 3; axis++) {
                double value = number(words[axis + 1]);
                if (Math.abs(value) > MAX_COORDINATE) {
                    throw problem("the coordinate " + words[axis + 1] + " is beyond " + MAX_COORDINATE
                            + " m: the atlas frame is in metres");
                }
                vertices[3 * vertexCount + axis] = (float) value;
            }
            vertexCount++;
        }

        private double number(String word) throws Failure {
            double value;
            try {
                value = Double.parseDouble(word);
            } catch (NumberFormatException e) {
                throw problem("'" + shorten(word) + "' is not a number");
            }
            if (!Double.isFinite(value)) {
                throw problem("'" + shorten(word) + "' is not a finite number");
            }
            return value;
        }

        private void face(String[] words) throws Failure {
            int corners = words.length - 1;
            if (corners < 3) {
                throw problem("a face needs at least three vertices");
            }
            if (corners > MAX_POLYGON_CORNERS) {
                throw problem("a face with more than " + MAX_POLYGON_CORNERS + " vertices");
            }
            int[] index = new int[corners];
            for (int i = 0; i < corners; i++) {
                index[i] = index(words[i + 1]);
            }
            IntList list = faces.computeIfAbsent(current, k -> new IntList());
            for (int i = 1; i + 1 < corners; i++) {
                if (++triangles > MAX_TRIANGLES) {
                    throw problem("more than " + MAX_TRIANGLES + " triangles");
                }
                list.add(index[0]);
                list.add(index[i]);
                list.add(index[i + 1]);
            }
        }

        /** "7", "7/1", "7//3", "-1/-1/-1": the position index, 0-based. */
        private int index(String word) throws Failure {
            int slash = word.indexOf('/');
            String first = slash < 0 ? word : word.substring(0, slash);
            int value;
            try {
                value = Integer.parseInt(first);
            } catch (NumberFormatException e) {
                throw problem("'" + shorten(word) + "' is not a vertex index");
            }
            int resolved = value > 0 ? value - 1 : vertexCount + value;
            if (value == 0 || resolved < 0 || resolved >= vertexCount) {
                throw problem("the vertex index " + value + " is out of range (" + vertexCount + " vertices so far)");
            }
            return resolved;
        }

        Map<String, Mesh> meshes() {
            Map<String, Mesh> result = new LinkedHashMap<>();
            faces.forEach((name, list) -> {
                Mesh mesh = mesh(list);
                if (mesh != null) {
                    result.put(name, mesh);
                }
            });
            return result;
        }

        /** The object's own vertices, renumbered; zero-area triangles dropped. */
        private Mesh mesh(IntList list) {
            int[] map = new int[vertexCount];
            Arrays.fill(map, -1);
            IntList kept = new IntList();
            int used = 0;
            float[] positions = new float[0];
            List<Integer> order = new ArrayList<>();
            for (int t = 0; t < list.size; t += 3) {
                int a = list.data[t], b = list.data[t + 1], c = list.data[t + 2];
                if (area2(a, b, c) < 1e-14) {
                    continue;
                }
                for (int v : new int[] {a, b, c}) {
                    if (map[v] < 0) {
                        map[v] = used++;
                        order.add(v);
                    }
                    kept.add(map[v]);
                }
            }
            if (kept.size == 0) {
                return null;
            }
            positions = new float[3 * used];
            for (int i = 0; i < used; i++) {
                System.arraycopy(vertices, 3 * order.get(i), positions, 3 * i, 3);
            }
            int[] indices = Arrays.copyOf(kept.data, kept.size);
            return new Mesh(positions, Normals.smooth(positions, indices), indices);
        }

        private double area2(int a, int b, int c) {
            double ux = vertices[3 * b] - vertices[3 * a], uy = vertices[3 * b + 1] - vertices[3 * a + 1],
                    uz = vertices[3 * b + 2] - vertices[3 * a + 2];
            double vx = vertices[3 * c] - vertices[3 * a], vy = vertices[3 * c + 1] - vertices[3 * a + 1],
                    vz = vertices[3 * c + 2] - vertices[3 * a + 2];
            double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
            return nx * nx + ny * ny + nz * nz;
        }

        private Failure problem(String message) {
            return new Failure(new ImportProblem(file, line, message));
        }

        private static String shorten(String word) {
            return word.length() > 24 ? word.substring(0, 24) + "..." : word;
        }
    }

    private static final class IntList {
        int[] data = new int[256];
        int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }
    }
}
