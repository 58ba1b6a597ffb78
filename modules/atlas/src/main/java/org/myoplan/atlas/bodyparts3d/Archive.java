package org.myoplan.atlas.bodyparts3d;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.myoplan.atlas.AtlasFormatException;

/**
 * The OBJ files of an archive as the user chose it: a zip file (read in place, nothing is extracted) or a
 * folder. Hostile archives are refused before anything is read: entry names with absolute paths, drive
 * letters or {@code ..} (zip slip), more entries than any BodyParts3D archive has, entries larger than
 * the limit (declared in the zip's directory, and counted while inflating, since a declared size can
 * lie), more bytes in all than the limit, and in a folder links that lead out of it. Files are found by
 * their name without folder and extension ("FJ1234"); a name found twice is refused.
 */
final class Archive implements Closeable {

    /** The bounds a source must keep. */
    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

        /** The official archive has about 2,300 files; its largest OBJ file is about 10 MB. */
        static final Limits DEFAULT = new Limits(20_000, 128L << 20, 4L << 30);
    }

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_.\\- ]+");

    private final Path source;
    private final String label;
    private final Limits limits;
    private final ZipFile zip;
    private final Map<String, Object> files = new LinkedHashMap<>();
    private final AtomicLong totalRead = new AtomicLong();

    private Archive(Path source, Limits limits, ZipFile zip) {
        this.source = source;
        this.label = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        this.limits = limits;
        this.zip = zip;
    }

    /** Opens a zip file or a folder; throws naming the source when it is neither, or is refused. */
    static Archive open(Path source, Limits limits) throws AtlasFormatException {
        if (Files.isDirectory(source)) {
            Archive archive = new Archive(source, limits, null);
            archive.listFolder();
            return archive;
        }
        if (!Files.isRegularFile(source)) {
            throw new AtlasFormatException(source.toString(), 0, "no such file or folder");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(source.toFile());
        } catch (ZipException e) {
            throw new AtlasFormatException(source.toString(), 0,
                    "not a readable zip archive (damaged, truncated or not a zip file): " + e.getMessage());
        } catch (IOException e) {
            throw new AtlasFormatException(source.toString(), 0, "cannot be read: " + e.getMessage());
        }
        Archive archive = new Archive(source, limits, zip);
        try {
            archive.listZip();
        } catch (AtlasFormatException | RuntimeException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    /** The source as named in messages: its file name. */
    String label() {
        return label;
    }

    /** Whether the archive has an OBJ file of this name ("FJ1234"). */
    boolean has(String name) {
        return files.containsKey(name);
    }

    /** The names of all OBJ files found ("FJ1234"), in the archive's order. */
    Iterable<String> names() {
        return files.keySet();
    }

    /** Where a file is, for messages: "isa_BP3D_4.0_obj_99.zip: isa_BP3D_4.0_obj_99/FJ1234.obj". */
    String where(String name) {
        Object entry = files.get(name);
        String inside = entry instanceof ZipEntry z ? z.getName() : source.relativize((Path) entry).toString();
        return label + ": " + inside;
    }

    /** The bytes of one OBJ file; safe to call from several threads. */
    byte[] read(String name) throws AtlasFormatException {
        Object entry = files.get(name);
        if (entry == null) {
            throw new AtlasFormatException(label, 0, "has no file " + name + ".obj");
        }
        try (InputStream in = entry instanceof ZipEntry z ? zip.getInputStream(z)
                : Files.newInputStream((Path) entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxEntryBytes() + 1));
            if (bytes.length > limits.maxEntryBytes()) {
                throw new AtlasFormatException(where(name), 0, "refused: larger than the limit of "
                        + limits.maxEntryBytes() + " bytes (its declared size says otherwise: a hostile archive)");
            }
            if (totalRead.addAndGet(bytes.length) > limits.maxTotalBytes()) {
                throw new AtlasFormatException(label, 0, "refused: more than " + limits.maxTotalBytes()
                        + " bytes in all, more than any BodyParts3D archive");
            }
            return bytes;
        } catch (IOException e) {
            throw new AtlasFormatException(where(name), 0, "cannot be read (damaged or truncated archive?): "
                    + e.getMessage());
        }
    }

    private void listZip() throws AtlasFormatException {
        if (zip.size() > limits.maxEntries()) {
            throw new AtlasFormatException(label, 0, "refused: " + zip.size() + " entries, more than the limit of "
                    + limits.maxEntries() + " (not a BodyParts3D archive)");
        }
        long declared = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            checkEntryName(name);
            if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".obj")) {
                continue;
            }
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw new AtlasFormatException(label + ": " + name, 0, "refused: declares " + entry.getSize()
                        + " bytes, more than the limit of " + limits.maxEntryBytes());
            }
            declared += Math.max(0, entry.getSize());
            if (declared > limits.maxTotalBytes()) {
                throw new AtlasFormatException(label, 0, "refused: declares more than " + limits.maxTotalBytes()
                        + " bytes in all");
            }
            add(baseName(name), entry, label + ": " + name);
        }
    }

    private void checkEntryName(String name) throws AtlasFormatException {
        String unix = name.replace('\\', '/');
        boolean hostile = unix.startsWith("/") || unix.contains(":") || unix.indexOf('\0') >= 0
                || Stream.of(unix.split("/")).anyMatch(".."::equals);
        if (hostile) {
            throw new AtlasFormatException(label, 0, "refused: the entry '" + printable(name)
                    + "' points outside the archive (absolute path or '..'): a hostile archive");
        }
    }

    private void listFolder() throws AtlasFormatException {
        Path root;
        try {
            root = source.toRealPath();
        } catch (IOException e) {
            throw new AtlasFormatException(source.toString(), 0, "cannot be read: " + e.getMessage());
        }
        int[] seen = {0};
        try (Stream<Path> walk = Files.walk(source, 3)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (++seen[0] > limits.maxEntries()) {
                    throw new AtlasFormatException(label, 0, "refused: more than " + limits.maxEntries()
                            + " files, more than any BodyParts3D archive");
                }
                String fileName = path.getFileName().toString();
                if (!fileName.toLowerCase(Locale.ROOT).endsWith(".obj")) {
                    continue;
                }
                Path real = path.toRealPath();
                if (!real.startsWith(root)) {
                    throw new AtlasFormatException(label + ": " + source.relativize(path), 0,
                            "refused: a link that leads out of the folder");
                }
                if (!Files.isRegularFile(real)) {
                    continue;
                }
                long size = Files.size(real);
                if (size > limits.maxEntryBytes()) {
                    throw new AtlasFormatException(label + ": " + source.relativize(path), 0, "refused: " + size
                            + " bytes, more than the limit of " + limits.maxEntryBytes());
                }
                add(baseName(fileName), Files.isSymbolicLink(path) ? real : path.toAbsolutePath(),
                        label + ": " + source.relativize(path));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new AtlasFormatException(source.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    private void add(String name, Object entry, String where) throws AtlasFormatException {
        if (!SAFE_NAME.matcher(name).matches()) {
            return; // not a BodyParts3D file name; never looked up
        }
        if (files.putIfAbsent(name, entry) != null) {
            throw new AtlasFormatException(where, 0, "refused: a second file named " + name
                    + ".obj (the archive holds one of each)");
        }
    }

    private static String baseName(String name) {
        String unix = name.replace('\\', '/');
        String file = unix.substring(unix.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".obj".length());
    }

    private static String printable(String text) {
        String p = text.replaceAll("[^\\x20-\\x7e]", "?");
        return p.length() > 80 ? p.substring(0, 80) + "..." : p;
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                // nothing was written; the file handle goes with the object
            }
        }
    }
}
