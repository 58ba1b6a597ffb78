package org.myoplan.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.obj.ObjReader;
import org.myoplan.model.Side;

/**
 * Imports a per-muscle mesh atlas (for instance a clinic's licensed high-fidelity one): a directory of
 * Wavefront OBJ files and a {@code mapping.csv} that says which mesh is which muscle on which side.
 * The meshes of the mapped muscles replace the built-in ones; every other muscle keeps its own.
 *
 * <h2>mapping.csv</h2>
 * UTF-8, one row a line, {@code mesh_name,muscle_id,side} (a header row with these words is allowed;
 * {@code #} starts a comment). {@code mesh_name} is either a file name in the directory ending in
 * {@code .obj} (the whole file is the mesh) or the name of an object or group ({@code o}/{@code g})
 * in any {@code .obj} file of the directory. {@code muscle_id} is an atlas muscle id
 * ({@code biceps_brachii}); {@code side} is {@code left}, {@code right} or {@code both} (the same mesh,
 * mirrored in X for the other side: give it as the right side).
 *
 * <h2>OBJ files</h2>
 * Coordinates in the atlas frame: metres, Y up, feet at y = 0, Z anterior, X the patient's left.
 * Faces with more than three vertices are fanned into triangles, negative (relative) indices are
 * honoured, normals are computed from the winding (counter-clockwise seen from outside).
 *
 * <h2>Safety</h2>
 * Nothing is thrown for a bad directory or file: each problem becomes an {@link ImportProblem} naming
 * the file and line, and the muscles it concerned keep their built-in meshes. Mesh names that are paths
 * ({@code ../../etc/passwd}) are refused, symbolic links out of the directory are not followed, files
 * larger than {@link #MAX_FILE_BYTES} are refused, and the OBJ reader bounds counts and line lengths.
 */
public final class ObjAtlasImporter {

    public static final String MAPPING = "mapping.csv";
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final int MAX_OBJ_FILES = 1000;
    public static final int MAX_MAPPING_ROWS = 10_000;
    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\:\\x00-\\x1f]+");

    /** The imported atlas (the base atlas when nothing could be used) and every problem met. */
    public record Result(Atlas atlas, List<ImportProblem> problems, List<String> replacedKeys) {

        public Result {
            problems = List.copyOf(problems);
            replacedKeys = List.copyOf(replacedKeys);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Row(int line, String meshName, String muscleId, String side) {
    }

    private final Atlas base;

    public ObjAtlasImporter(Atlas base) {
        this.base = base;
    }

    /** Imports {@code directory}: reads its mapping.csv and the OBJ files it names. Never throws for bad input. */
    public Result importFrom(Path directory) {
        List<ImportProblem> problems = new ArrayList<>();
        Path dir;
        try {
            dir = directory.toRealPath();
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(String.valueOf(directory), 0, "the atlas directory cannot be read: "
                    + e.getMessage()));
            return new Result(base, problems, List.of());
        }
        if (!Files.isDirectory(dir)) {
            problems.add(new ImportProblem(dir.toString(), 0, "not a directory"));
            return new Result(base, problems, List.of());
        }
        List<Row> rows = mapping(dir, problems);
        Map<String, Mesh> meshesByFile = new HashMap<>();
        Map<String, Mesh> meshesByObject = new LinkedHashMap<>();
        Map<String, String> objectFiles = new HashMap<>();
        readObjFiles(dir, rows, meshesByFile, meshesByObject, objectFiles, problems);

        Map<String, Mesh> replacements = new LinkedHashMap<>();
        Map<String, Integer> mappedAt = new HashMap<>();
        for (Row row : rows) {
            Mesh mesh = row.meshName.toLowerCase(Locale.ROOT).endsWith(".obj") ? meshesByFile.get(row.meshName)
                    : meshesByObject.get(row.meshName);
            if (mesh == null) {
                if (!meshesByFile.containsKey("!" + row.meshName)) { // a broken file is already reported
                    problems.add(new ImportProblem(MAPPING, row.line, "no mesh named '" + row.meshName
                    + "' in the OBJ files"));
                }
                continue;
            }
            List<Side> sides = switch (row.side) {
                case "left", "l" -> List.of(Side.LEFT);
                case "right", "r" -> List.of(Side.RIGHT);
                default -> List.of(Side.RIGHT, Side.LEFT);
            };
            for (Side side : sides) {
                String key = Muscle.key(row.muscleId, side);
                Integer earlier = mappedAt.putIfAbsent(key, row.line);
                if (earlier != null) {
                    problems.add(new ImportProblem(MAPPING, row.line, key + " is already mapped on line " + earlier));
                    continue;
                }
                boolean mirror = row.side.equals("both") && side == Side.LEFT;
                replacements.put(key, mirror ? mesh.mirroredX() : mesh);
            }
        }
        return new Result(base.withMeshes(replacements), problems, List.copyOf(replacements.keySet()));
    }

    private List<Row> mapping(Path dir, List<ImportProblem> problems) {
        Path file = dir.resolve(MAPPING);
        byte[] bytes = readBounded(dir, file, MAPPING, problems);
        if (bytes == null) {
            return List.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(MAPPING, 0, "the file is not UTF-8 text"));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (rows.size() >= MAX_MAPPING_ROWS) {
                problems.add(new ImportProblem(MAPPING, number, "more than " + MAX_MAPPING_ROWS + " rows"));
                break;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                problems.add(new ImportProblem(MAPPING, number, "expected mesh_name,muscle_id,side, found "
                        + cells.length + " columns"));
                continue;
            }
            String mesh = cells[0].strip(), id = cells[1].strip(), side = cells[2].strip().toLowerCase(Locale.ROOT);
            if (rows.isEmpty() && mesh.equalsIgnoreCase("mesh_name")) {
                continue; // the header
            }
            if (!PLAIN_NAME.matcher(mesh).matches() || mesh.equals("..") || mesh.equals(".") || mesh.length() > 200) {
                problems.add(new ImportProblem(MAPPING, number, "the mesh name '" + shorten(mesh)
                        + "' is refused: it must be a file or object name in the atlas directory, not a path"));
                continue;
            }
            if (base.find(id, Side.RIGHT).isEmpty()) {
                problems.add(new ImportProblem(MAPPING, number, "unknown muscle id '" + shorten(id) + "'"));
                continue;
            }
            if (!List.of("left", "right", "l", "r", "both").contains(side)) {
                problems.add(new ImportProblem(MAPPING, number, "the side must be left, right or both, not '"
                        + shorten(side) + "'"));
                continue;
            }
            rows.add(new Row(number, mesh, id, side));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(MAPPING, 0, "maps no mesh"));
        }
        return rows;
    }

    /** Reads the files the rows name, and every .obj file of the directory when a row names an object. */
    private void readObjFiles(Path dir, List<Row> rows, Map<String, Mesh> byFile, Map<String, Mesh> byObject,
            Map<String, String> objectFiles, List<ImportProblem> problems) {
        List<String> files = new ArrayList<>();
        for (Row row : rows) {
            if (row.meshName.toLowerCase(Locale.ROOT).endsWith(".obj") && !files.contains(row.meshName)) {
                files.add(row.meshName);
            }
        }
        if (rows.stream().anyMatch(r -> !r.meshName.toLowerCase(Locale.ROOT).endsWith(".obj"))) {
            try (Stream<Path> listing = Files.list(dir)) {
                listing.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".obj"))
                        .sorted().limit(MAX_OBJ_FILES).filter(n -> !files.contains(n)).forEach(files::add);
            } catch (IOException | RuntimeException e) {
                problems.add(new ImportProblem(dir.toString(), 0, "cannot list the directory: " + e.getMessage()));
            }
        }
        for (String name : files) {
            byte[] bytes = readBounded(dir, dir.resolve(name), name, problems);
            if (bytes == null) {
                byFile.put("!" + name, null);
                continue;
            }
            ObjReader.Result read;
            try {
                read = ObjReader.read(name, bytes);
            } catch (RuntimeException | OutOfMemoryError e) {
                problems.add(new ImportProblem(name, 0, "cannot be read: " + e));
                byFile.put("!" + name, null);
                continue;
            }
            problems.addAll(read.problems());
            if (read.meshes().isEmpty()) {
                byFile.put("!" + name, null);
                continue;
            }
            byFile.put(name, Mesh.join(List.copyOf(read.meshes().values())));
            read.meshes().forEach((object, mesh) -> {
                String earlier = objectFiles.putIfAbsent(object, name);
                if (earlier == null) {
                    byObject.put(object, mesh);
                } else {
                    problems.add(new ImportProblem(name, 0, "the object name '" + object + "' is also in " + earlier
                            + "; the first is used"));
                }
            });
        }
    }

    /** The file's bytes if it is a regular file inside the directory and not too large; else a problem and null. */
    private static byte[] readBounded(Path dir, Path file, String name, List<ImportProblem> problems) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new ImportProblem(name, 0, "the file is missing"));
                return null;
            }
            Path real = file.toRealPath();
            if (!real.startsWith(dir) || !Files.isRegularFile(real)) {
                problems.add(new ImportProblem(name, 0, "refused: not a regular file inside the atlas directory"));
                return null;
            }
            long size = Files.size(real);
            if (size > MAX_FILE_BYTES) {
                problems.add(new ImportProblem(name, 0, "refused: " + size + " bytes, more than the limit of "
                        + MAX_FILE_BYTES));
                return null;
            }
            try (InputStream in = Files.newInputStream(real)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    problems.add(new ImportProblem(name, 0, "refused: larger than the limit of " + MAX_FILE_BYTES
                            + " bytes"));
                    return null;
                }
                return bytes;
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(name, 0, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
    }
}
