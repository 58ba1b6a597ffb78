package org.myoplan.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** One backup of the database: a zip file named with the moment it was taken (UTC). */
public record Backup(Path file, Instant takenAt, long sizeBytes) {

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
