package org.myoplan.history.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.myoplan.history.HistoryException;

/** The database id behind a record number. */
final class PatientIds {

    private PatientIds() {
    }

    static OptionalLong find(Connection connection, String recordNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM patient WHERE record_number = ?")) {
            query.setString(1, recordNumber);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    static long require(Connection connection, String recordNumber) throws SQLException {
        return find(connection, recordNumber).orElseThrow(() -> new HistoryException(
                "There is no patient with record number " + recordNumber + " in the history; save the patient first"));
    }
}
