package org.myoplan.history.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a DECIMAL column as the number was written: the column's fixed scale would turn 20 units into
 * 20.000, which is the same dose but not the same value to {@code equals}.
 */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal read(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
