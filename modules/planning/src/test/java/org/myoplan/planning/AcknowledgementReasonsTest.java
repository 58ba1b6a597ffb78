package org.myoplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcknowledgementReasonsTest {

    @Test
    void withoutTheClinicsFileTheDefaultsAreOffered(@TempDir Path userDir) {
        assertEquals(AcknowledgementReasons.DEFAULTS, AcknowledgementReasons.of(userDir));
        assertEquals(AcknowledgementReasons.DEFAULTS, AcknowledgementReasons.of(null));
        assertTrue(AcknowledgementReasons.DEFAULTS.contains("Dose agreed with the patient after a poor response to "
                + "the last session"));
    }

    @Test
    void theClinicsFileGivesItsOwnReasonsInItsOrder(@TempDir Path userDir) throws IOException {
        Files.writeString(userDir.resolve(AcknowledgementReasons.FILE), """
                # reasons our clinic agreed on, 2026
                Agreed in the spasticity board

                  Higher dose after EMG-guided review \s
                Agreed in the spasticity board
                """);
        assertEquals(List.of("Agreed in the spasticity board", "Higher dose after EMG-guided review"),
                AcknowledgementReasons.of(userDir));
    }

    @Test
    void aFileWithOnlyCommentsGivesTheDefaults(@TempDir Path userDir) throws IOException {
        Files.writeString(userDir.resolve(AcknowledgementReasons.FILE), "# nothing yet\n\n");
        assertEquals(AcknowledgementReasons.DEFAULTS, AcknowledgementReasons.of(userDir));
    }
}
