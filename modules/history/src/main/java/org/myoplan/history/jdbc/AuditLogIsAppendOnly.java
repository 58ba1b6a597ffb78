package org.myoplan.history.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger on audit_log (see V1): refuses every UPDATE and DELETE, so the trail cannot be rewritten. */
public final class AuditLogIsAppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit log is append-only: its entries cannot be changed or deleted", "42000");
    }
}
