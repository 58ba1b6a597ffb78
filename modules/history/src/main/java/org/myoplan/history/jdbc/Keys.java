package org.myoplan.history.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The id the database gave the row just inserted. */
final class Keys {

    private Keys() {
    }

    static long generated(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("The database returned no id for the new row");
            }
            return keys.getLong(1);
        }
    }
}
