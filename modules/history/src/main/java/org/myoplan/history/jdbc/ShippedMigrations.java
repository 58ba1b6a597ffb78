package org.myoplan.history.jdbc;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts this module ships, named here rather than found by scanning the class path:
 * inside the NetBeans module system Flyway's scan finds no files ("No migrations found") and would
 * leave the schema unmade. A test checks that this list and the folder db/migration agree.
 */
final class ShippedMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration/";
    static final List<String> SCRIPTS = List.of(
            "V1__patients_sessions_assessments_audit.sql",
            "V2__target_dose_not_set_and_its_source.sql",
            "V3__finding_keys_as_plan_files_name_them.sql",
            "V4__sessions_name_the_atlas_of_their_injection_points.sql",
            "V5__sessions_keep_the_patients_measured_limb_lengths.sql");

    @Override
    public LoadableResource getResource(String name) {
        return SCRIPTS.contains(strip(name)) ? new Script(strip(name)) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return SCRIPTS.stream()
                .filter(s -> s.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(s::endsWith))
                .map(s -> (LoadableResource) new Script(s)).toList();
    }

    private static String strip(String name) {
        return name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
    }

    /** One script, read from this module's jar. */
    private static final class Script extends LoadableResource {
        private final String file;

        Script(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = ShippedMigrations.class.getClassLoader().getResourceAsStream(FOLDER + file);
            if (in == null) {
                throw new IllegalStateException("The migration " + FOLDER + file
                        + " is missing from the history module");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + file;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
