package org.myoplan.history.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.myoplan.history.DatabaseDamagedException;
import org.myoplan.history.HistoryException;
import org.myoplan.history.SchemaTooNewException;

/**
 * Brings the schema to this version with Flyway (db/migration/V*.sql), after two checks Flyway would
 * not make the way we need: a database that is someone else's is refused, not adopted, and a schema
 * from a newer Myoplan is refused, not ignored (Flyway ignores "future" migrations by default).
 */
final class Migrations {

    static final String HISTORY_TABLE = "flyway_schema_history";
    /**
     * Flyway warns on every start that H2 2.5 is newer than it has verified. Myoplan uses H2 2.5.252
     * for its fix of CHECK constraints lost after their connection closes (H2 issues 4302, 4308),
     * and its own tests cover the schema on it; the warning would only alarm. Kept referenced so the
     * level holds.
     */
    private static final Logger FLYWAY_VERSION_CHECK = quiet("org.flywaydb.core.internal.database.base.Database");

    private final DataSource dataSource;
    private final String location;
    private final Path localFile;

    Migrations(DataSource dataSource, String location, Path localFile) {
        this.dataSource = dataSource;
        this.location = location;
        this.localFile = localFile;
    }

    void run(Connection connection) {
        refuseForeignDatabase(connection, location, localFile);
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new ShippedMigrations())
                .table(HISTORY_TABLE)
                .load();
        refuseNewerSchema(flyway.info());
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new HistoryException("Myoplan could not bring its database " + location
                    + " up to date; nothing was changed by the failed step. " + e.getMessage(), e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private void refuseNewerSchema(MigrationInfoService info) {
        MigrationInfo[] all = info.all();
        String newestKnown = "none";
        String newestApplied = null;
        for (MigrationInfo migration : all) {
            MigrationState state = migration.getState();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                newestApplied = String.valueOf(migration.getVersion());
            } else if (migration.getVersion() != null) {
                newestKnown = String.valueOf(migration.getVersion());
            }
        }
        if (newestApplied != null) {
            throw new SchemaTooNewException(location, newestApplied, newestKnown);
        }
    }

    static void refuseForeignDatabase(Connection connection, String location, Path localFile) {
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "SELECT COUNT(*), COUNT(CASE WHEN TABLE_NAME = '" + HISTORY_TABLE + "' THEN 1 END)"
                     + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            boolean hasTables = tables.getInt(1) > 0;
            boolean hasHistory = tables.getInt(2) > 0;
            if (hasTables && !hasHistory) {
                throw new DatabaseDamagedException(localFile != null ? localFile : Path.of(location),
                        "it holds another program's tables, not Myoplan's", null);
            }
        } catch (SQLException e) {
            throw new HistoryException("Myoplan could not read the structure of its database " + location
                    + ": " + e.getMessage(), e);
        }
    }
}
