package org.myoplan.history.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.myoplan.history.Backup;
import org.myoplan.history.HistoryException;

/**
 * The backup zips of one database, named {@code <database>-yyyyMMdd-HHmmss-SSS.zip} (UTC) so that the
 * name alone says when, and sorting by name sorts by time.
 */
public final class BackupFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path directory;
    private final String databaseName;

    public BackupFolder(Path directory, String databaseName) {
        this.directory = directory;
        this.databaseName = databaseName;
    }

    /** Writes a consistent online backup with H2's BACKUP TO (a zip of the database file). */
    public Backup write(Connection connection) throws SQLException {
        Instant now = uniqueNow();
        Path part = partFile(now);
        try (PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, part.toString());
            backup.execute();
        }
        return publish(part, now);
    }

    /** Zips the file of a closed database, in the layout BACKUP TO writes, so that restore reads both. */
    public Backup writeCopyOf(Path closedDatabaseFile) {
        Instant now = uniqueNow();
        Path part = partFile(now);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            zip.setLevel(Deflater.BEST_SPEED); // at exit, time matters more than a few megabytes
            zip.putNextEntry(new ZipEntry(closedDatabaseFile.getFileName().toString()));
            Files.copy(closedDatabaseFile, zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new HistoryException("The backup of the database could not be written to " + directory + ": "
                    + e.getMessage(), e);
        }
        return publish(part, now);
    }

    /** Backups are written under a temporary name: a backup cut short by a crash is never listed as one. */
    private Path partFile(Instant at) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new HistoryException("Myoplan cannot create the backup folder " + directory + ": " + e.getMessage(),
                    e);
        }
        return directory.resolve(fileName(at) + ".part");
    }

    private Backup publish(Path part, Instant at) {
        Path file = directory.resolve(fileName(at));
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new HistoryException("The backup " + part + " could not be renamed to " + file + ": "
                    + e.getMessage(), e);
        }
        return describe(file, at);
    }

    private String fileName(Instant at) {
        return databaseName + "-" + STAMP.format(at.atOffset(ZoneOffset.UTC)) + ".zip";
    }

    /** Deletes the oldest backups beyond {@code count}; they are copies, the database itself is never touched. */
    public void keepNewest(int count) {
        List<Backup> backups = list();
        for (Backup old : backups.subList(Math.min(count, backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new HistoryException("The old backup " + old.file() + " could not be deleted: " + e.getMessage(),
                        e);
            }
        }
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> parseStamp(file).ifPresent(at -> backups.add(describe(file, at))));
        } catch (IOException e) {
            throw new HistoryException("The backup folder " + directory + " cannot be read: " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::takenAt).reversed());
        return backups;
    }

    private Optional<Instant> parseStamp(Path file) {
        String name = file.getFileName().toString();
        String prefix = databaseName + "-";
        if (!name.startsWith(prefix) || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            String stamp = name.substring(prefix.length(), name.length() - ".zip".length());
            return Optional.of(LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not one of ours: leave it alone
        }
    }

    private static Backup describe(Path file, Instant at) {
        try {
            return new Backup(file, at, Files.size(file));
        } catch (IOException e) {
            throw new HistoryException("The backup " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Two backups in the same millisecond would share a name: the later one takes the next free millisecond. */
    private Instant uniqueNow() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        while (Files.exists(directory.resolve(fileName(now)))) {
            now = now.plusMillis(1);
        }
        return now;
    }
}
