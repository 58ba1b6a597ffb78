package org.myoplan.atlas.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Layer;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.SkinPart;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.model.Limb;
import org.myoplan.model.Side;

/**
 * The converted atlas as kept in the user directory: a compact binary file with a format version and a
 * checksum, written atomically, read back in well under a second.
 *
 * <p>Layout (big-endian): the magic bytes {@code MYOATLAS}, the format version (int), the payload's length
 * (long) and its CRC-32 (long), then the payload: provenance, groups, patterns, muscles, bones, skin. A mesh
 * is its vertex and triangle counts, float positions (metres), normals as three shorts (x 32767) and
 * indices as unsigned shorts when there are at most 65,536 vertices, else ints. Strings are UTF-8 with an
 * int length; absent values are marked. A file of another version, damaged or cut short is refused with
 * its name; the caller keeps the atlas it had.
 */
public final class AtlasStore {

    /** Where the imported BodyParts3D atlas is kept, under the user directory ({@code netbeans.user}). */
    public static final String USER_DIR_PATH = "var/myoplan/atlas/bodyparts3d.atlas";
    static final int VERSION = 1;
    private static final byte[] MAGIC = "MYOATLAS".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 4 + 8 + 8;
    private static final long MAX_FILE_BYTES = 512L << 20;
    private static final int MAX_ITEMS = 100_000;
    private static final int MAX_STRING_BYTES = 1 << 16;
    private static final int MAX_VERTICES = 4_000_000;

    private AtlasStore() {
    }

    /** The store's file in a user directory: {@code <userdir>/var/myoplan/atlas/bodyparts3d.atlas}. */
    public static Path fileIn(Path userDir) {
        return userDir.resolve(USER_DIR_PATH);
    }

    /** Writes the atlas to {@code file} (a temporary file moved into place, so a crash leaves the old one). */
    public static void write(Atlas atlas, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        writePayload(atlas, out);
        out.flush();
        byte[] payload = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.put(MAGIC).putInt(VERSION).putLong(payload.length).putLong(crc.getValue());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (var channel = Files.newOutputStream(temporary)) {
                channel.write(header.array());
                channel.write(payload);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads an atlas written by {@link #write}; a damaged or foreign file throws naming the file. */
    public static Atlas read(Path file) throws IOException, AtlasFormatException {
        String name = file.toString();
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new AtlasFormatException(name, 0, "is " + size
                    + " bytes, larger than any Myoplan atlas: not an atlas store");
        }
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file));
        if (buffer.remaining() < HEADER || !startsWithMagic(buffer)) {
            throw new AtlasFormatException(name, 0, "is not a Myoplan atlas store (it does not start with MYOATLAS)");
        }
        buffer.position(MAGIC.length);
        int version = buffer.getInt();
        if (version != VERSION) {
            throw new AtlasFormatException(name, 0, "is an atlas store of format " + version
                    + "; this Myoplan reads format "
                    + VERSION + " (import the archive again)");
        }
        long length = buffer.getLong();
        long checksum = buffer.getLong();
        if (length != buffer.remaining()) {
            throw new AtlasFormatException(name, 0, "is cut short or has bytes added: the header says " + length
                    + " bytes of atlas, the file has " + buffer.remaining());
        }
        CRC32 crc = new CRC32();
        crc.update(buffer.duplicate());
        if (crc.getValue() != checksum) {
            throw new AtlasFormatException(name, 0,
                    "is damaged: its checksum does not match (import the archive again)");
        }
        try {
            return new Reader(buffer).atlas();
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException
                | NullPointerException e) {
            throw new AtlasFormatException(name, 0, "is damaged although its checksum matches: " + e.getMessage());
        }
    }

    private static boolean startsWithMagic(ByteBuffer buffer) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (buffer.get(i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static void writePayload(Atlas atlas, DataOutputStream out) throws IOException {
        writeString(out, atlas.provenance().description());
        writeString(out, atlas.provenance().attribution());
        writeIdLists(out, atlas.groups());
        writeIdLists(out, atlas.patternIds());
        out.writeInt(atlas.muscles().size());
        for (Muscle m : atlas.muscles()) {
            writeString(out, m.id());
            out.writeByte(m.side().ordinal());
            writeString(out, m.displayName());
            writeStrings(out, m.synonyms());
            writeStrings(out, m.abbreviations());
            writeString(out, m.region());
            out.writeByte(m.limb() == null ? -1 : m.limb().ordinal());
            out.writeByte(m.layer() == null ? -1 : m.layer().ordinal());
            writeString(out, m.originBone());
            writeString(out, m.insertionBone());
            writeString(out, m.source());
            out.writeBoolean(m.context());
            writeMesh(out, m.mesh());
        }
        out.writeInt(atlas.bones().size());
        for (Bone b : atlas.bones()) {
            writeString(out, b.id());
            out.writeByte(b.side() == null ? -1 : b.side().ordinal());
            writeString(out, b.name());
            writeMesh(out, b.mesh());
        }
        out.writeInt(atlas.skin().size());
        for (SkinPart s : atlas.skin()) {
            writeString(out, s.id());
            out.writeByte(s.side() == null ? -1 : s.side().ordinal());
            writeString(out, s.name());
            writeMesh(out, s.mesh());
        }
    }

    private static void writeIdLists(DataOutputStream out, Map<String, List<String>> lists) throws IOException {
        out.writeInt(lists.size());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            writeString(out, e.getKey());
            writeStrings(out, e.getValue());
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_STRING_BYTES) {
            throw new IOException("a text of " + bytes.length + " bytes is too long for the atlas store");
        }
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void writeMesh(DataOutputStream out, Mesh mesh) throws IOException {
        int vertices = mesh.vertexCount();
        out.writeInt(vertices);
        out.writeInt(mesh.triangleCount());
        ByteBuffer b = ByteBuffer.allocate(vertices * 18 + mesh.triangleCount() * 12);
        for (float p : mesh.positions()) {
            b.putFloat(p);
        }
        for (float n : mesh.normals()) {
            b.putShort((short) Math.round(Math.max(-1, Math.min(1, n)) * Short.MAX_VALUE));
        }
        boolean small = vertices <= 65_536;
        for (int index : mesh.indices()) {
            if (small) {
                b.putShort((short) index);
            } else {
                b.putInt(index);
            }
        }
        out.write(b.array(), 0, b.position());
    }

    /** Reads the payload; every count is bounded before anything is allocated from it. */
    private static final class Reader {
        private final ByteBuffer in;

        Reader(ByteBuffer in) {
            this.in = in;
        }

        Atlas atlas() {
            Atlas.Provenance provenance = new Atlas.Provenance(string(), string());
            Map<String, List<String>> groups = idLists();
            Map<String, List<String>> patterns = idLists();
            List<Muscle> muscles = new ArrayList<>();
            for (int i = count(MAX_ITEMS); i > 0; i--) {
                String id = string();
                Side side = Side.values()[in.get()];
                String name = string();
                List<String> synonyms = strings();
                List<String> abbreviations = strings();
                String region = string();
                Limb limb = optional(Limb.values(), in.get());
                Layer layer = optional(Layer.values(), in.get());
                String origin = string();
                String insertion = string();
                String source = string();
                boolean context = in.get() != 0;
                muscles.add(new Muscle(id, side, name, synonyms, abbreviations, region, limb, layer, origin,
                        insertion, mesh(),
                        source, context));
            }
            List<Bone> bones = new ArrayList<>();
            for (int i = count(MAX_ITEMS); i > 0; i--) {
                bones.add(new Bone(string(), optional(Side.values(), in.get()), string(), mesh()));
            }
            List<SkinPart> skin = new ArrayList<>();
            for (int i = count(MAX_ITEMS); i > 0; i--) {
                skin.add(new SkinPart(string(), optional(Side.values(), in.get()), string(), mesh()));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes after the atlas");
            }
            return Atlas.of(muscles, bones, skin, groups, patterns, provenance);
        }

        private Mesh mesh() {
            int vertices = count(MAX_VERTICES);
            int triangles = count(2 * MAX_VERTICES);
            if ((long) vertices * 18 + (long) triangles * 6 > in.remaining()) {
                throw new IllegalArgumentException("a mesh of " + vertices + " vertices runs past the end");
            }
            float[] positions = new float[3 * vertices];
            in.asFloatBuffer().get(positions);
            in.position(in.position() + 4 * positions.length);
            float[] normals = new float[3 * vertices];
            for (int i = 0; i < normals.length; i++) {
                normals[i] = in.getShort() / (float) Short.MAX_VALUE;
            }
            int[] indices = new int[3 * triangles];
            if (vertices <= 65_536) {
                for (int i = 0; i < indices.length; i++) {
                    indices[i] = Short.toUnsignedInt(in.getShort());
                }
            } else {
                in.asIntBuffer().get(indices);
                in.position(in.position() + 4 * indices.length);
            }
            return new Mesh(positions, normals, indices);
        }

        private Map<String, List<String>> idLists() {
            Map<String, List<String>> result = new LinkedHashMap<>();
            for (int i = count(MAX_ITEMS); i > 0; i--) {
                result.put(string(), strings());
            }
            return result;
        }

        private List<String> strings() {
            List<String> result = new ArrayList<>();
            for (int i = count(MAX_ITEMS); i > 0; i--) {
                result.add(string());
            }
            return result;
        }

        private String string() {
            int length = in.getInt();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > MAX_STRING_BYTES || length > in.remaining()) {
                throw new IllegalArgumentException("a text of " + length + " bytes");
            }
            byte[] bytes = new byte[length];
            in.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private int count(int max) {
            int n = in.getInt();
            if (n < 0 || n > max) {
                throw new IllegalArgumentException("a count of " + n);
            }
            return n;
        }

        private static <E> E optional(E[] values, byte ordinal) {
            return ordinal == -1 ? null : values[ordinal];
        }
    }
}
