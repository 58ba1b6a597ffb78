package org.myoplan.viewer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.store.AtlasStore;

/**
 * The imported atlas kept in the user directory between runs. A file that cannot be read is moved
 * aside under a name that says so (never deleted: it is the user's data and may help support), and the
 * caller falls back to the built-in atlas. No Swing: the service tells the user.
 */
final class KeptAtlas {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What reading the kept atlas gave: the atlas, nothing kept, or a damaged file now moved aside. */
    record Reading(Optional<Atlas> atlas, Optional<Damage> damage) {

        static Reading none() {
            return new Reading(Optional.empty(), Optional.empty());
        }
    }

    /** A kept atlas that could not be read: where it was, where it is now, and why. */
    record Damage(Path file, Path movedTo, String reason) {
    }

    private final Path file;

    /** @param file where the atlas is kept; null where there is no user directory to keep it in */
    KeptAtlas(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return file != null && Files.isRegularFile(file);
    }

    /** Reads the kept atlas; a damaged one is moved aside and reported, never left to fail every start. */
    Reading read() {
        if (!exists()) {
            return Reading.none();
        }
        try {
            return new Reading(Optional.of(AtlasStore.read(file)), Optional.empty());
        } catch (IOException | AtlasFormatException | RuntimeException e) {
            // a damaged file can fail the reader in any way; whatever it is, the user gets the built-in atlas
            return new Reading(Optional.empty(), Optional.of(new Damage(file, moveAside(), reasonOf(e))));
        }
    }

    /** Keeps {@code atlas} for the next start (a temporary file moved into place by the store). */
    void write(Atlas atlas) throws IOException {
        if (file == null) {
            throw new IOException("there is no user directory to keep it in");
        }
        Files.createDirectories(file.getParent());
        AtlasStore.write(atlas, file);
    }

    /** Moves the file to {@code <name>.damaged-<time>} beside it; where that fails, it stays where it was. */
    private Path moveAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + LocalDateTime.now().format(STAMP));
        try {
            return Files.move(file, aside);
        } catch (IOException e) {
            return file;
        }
    }

    private static String reasonOf(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
