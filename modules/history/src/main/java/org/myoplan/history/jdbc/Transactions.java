package org.myoplan.history.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.myoplan.history.HistoryException;

/**
 * Runs work in one transaction on its own connection: committed entirely or rolled back entirely,
 * audit row included. A failure becomes a {@link HistoryException} saying what could not be done.
 */
public final class Transactions {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param what what the work does, for the message: "save the session of patient 123" */
    public <T> T write(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new HistoryException("Could not " + what + "; nothing was saved. " + e.getMessage(), e);
        }
    }

    public <T> T read(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw new HistoryException("Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
