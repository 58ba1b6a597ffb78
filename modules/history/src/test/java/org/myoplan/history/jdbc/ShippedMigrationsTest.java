package org.myoplan.history.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedMigrationsTest {

    /** A new script in db/migration must also be named in ShippedMigrations, or it would never run. */
    @Test
    void theListNamesEveryScriptOfTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", ShippedMigrations.FOLDER))) {
            List<String> inFolder =
                    files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".sql")).sorted().toList();
            assertEquals(inFolder, ShippedMigrations.SCRIPTS.stream().sorted().toList());
        }
    }
}
