package org.myoplan.history.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.myoplan.history.Backup;
import org.myoplan.history.DatabaseInUseException;
import org.myoplan.history.HistoryException;

/**
 * Puts a backup in place of the database file. The current file, damaged or not, is renamed aside and
 * never deleted: it may still hold the only copy of something.
 */
public final class DatabaseRestorer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path databaseFile;

    public DatabaseRestorer(Path databaseFile) {
        this.databaseFile = databaseFile;
    }

    /** @return where the replaced file now is, or null if there was no database file */
    public Path restore(Backup backup) {
        Path directory = databaseFile.getParent();
        Path restored = directory.resolve(databaseFile.getFileName() + ".restoring");
        try {
            extract(backup, restored);
            Path aside = Files.exists(databaseFile) ? moveAside() : null;
            Files.move(restored, databaseFile, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new HistoryException("The backup " + backup.file() + " could not be restored: " + e.getMessage()
                    + ". The database file " + databaseFile + " was not removed.", e);
        } finally {
            try {
                Files.deleteIfExists(restored);
            } catch (IOException ignored) {
                // only our own temporary copy of the backup; the message above matters more
            }
        }
    }

    /** The zip written by BACKUP TO holds the .mv.db file; take it out beside the database. */
    private void extract(Backup backup, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup.file()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    copy(zip, target);
                    return;
                }
            }
        }
        throw new IOException("the file is not a Myoplan backup (it holds no database file)");
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true); // on disk before it replaces the database
        }
    }

    /** Renames the current file aside, after checking that no program holds it open. */
    private Path moveAside() throws IOException {
        refuseIfOpen();
        String stamp = STAMP.format(Instant.now().atOffset(ZoneOffset.UTC));
        Path aside = databaseFile.resolveSibling(databaseFile.getFileName() + ".replaced-" + stamp);
        Files.move(databaseFile, aside);
        return aside;
    }

    /** H2 holds an OS lock on the open file; if we can take it, nobody has the database open. */
    private void refuseIfOpen() throws IOException {
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DatabaseInUseException(databaseFile, null);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new DatabaseInUseException(databaseFile, e);
        }
    }
}
