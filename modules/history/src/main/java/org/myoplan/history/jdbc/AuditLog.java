package org.myoplan.history.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes one audit row on the caller's connection, so that it commits or rolls back with the change. */
final class AuditLog {

    enum Action { CREATE, UPDATE, DELETE }

    private AuditLog() {
    }

    static void record(Connection connection, String who, String entity, long entityId, Action action,
            String beforeJson, String afterJson) throws SQLException {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("Say who makes the change: the audit log needs it");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_log (occurred_at, who, entity, entity_id, action, before_json, after_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, Instant.now().atOffset(ZoneOffset.UTC));
            insert.setString(2, who.strip());
            insert.setString(3, entity);
            insert.setLong(4, entityId);
            insert.setString(5, action.name());
            insert.setString(6, beforeJson);
            insert.setString(7, afterJson);
            insert.executeUpdate();
        }
    }
}
