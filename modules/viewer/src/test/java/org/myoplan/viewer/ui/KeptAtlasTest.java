package org.myoplan.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.Atlas;

/**
 * The imported atlas kept between runs: nothing kept, a damaged file moved aside (never deleted), no user
 * directory.
 */
class KeptAtlasTest {

    @TempDir
    Path userDir;

    @Test
    void withoutAKeptFileThereIsNothingToReadAndNothingIsMoved() {
        KeptAtlas kept = new KeptAtlas(userDir.resolve("var/myoplan/atlas/bodyparts3d.atlas"));
        KeptAtlas.Reading reading = kept.read();
        assertFalse(kept.exists());
        assertTrue(reading.atlas().isEmpty());
        assertTrue(reading.damage().isEmpty());
    }

    @Test
    void aDamagedFileIsMovedAsideWithItsBytesAndTheReasonIsGiven() throws IOException {
        Path file = userDir.resolve("bodyparts3d.atlas");
        byte[] garbage = "not an atlas at all".getBytes(StandardCharsets.US_ASCII);
        Files.write(file, garbage);

        KeptAtlas.Reading reading = new KeptAtlas(file).read();

        assertTrue(reading.atlas().isEmpty(), "nothing to show from it");
        KeptAtlas.Damage damage = reading.damage().orElseThrow();
        assertEquals(file, damage.file());
        assertFalse(Files.exists(file), "no longer in the way of the next start");
        assertTrue(damage.movedTo().getFileName().toString().startsWith("bodyparts3d.atlas.damaged-"), damage.movedTo()
                .toString());
        assertArrayEquals(garbage, Files.readAllBytes(damage.movedTo()), "the user's file is kept as it was");
        assertFalse(damage.reason().isBlank());
        try (var files = Files.list(userDir)) {
            assertEquals(List.of(damage.movedTo()), files.toList());
        }
    }

    @Test
    void withoutAUserDirectoryNothingIsKeptAndWritingSaysWhy() {
        KeptAtlas nowhere = new KeptAtlas(null);
        assertFalse(nowhere.exists());
        assertTrue(nowhere.read().atlas().isEmpty());
        IOException refused = assertThrows(IOException.class, () -> nowhere.write(Atlas.loadDefault()));
        assertTrue(refused.getMessage().contains("user directory"), refused.getMessage());
    }

    @Test
    void theAboutBoxCreditIsPlainAsciiWhateverTheAttributionHolds() {
        assertEquals("Anatomy: Database Center for Life Science &#169; &#26085;&#26412;", AboutCredit.ascii(
                "Anatomy: Database Center for Life Science \u00a9 \u65e5\u672c"));
    }
}
