package org.myoplan.planning.ui;

import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.util.Set;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.TableColumn;

/**
 * The widths of the targets table's columns. Every column is at least as wide as its heading and the
 * muscle column as its longest name. Columns holding a word or a number (side, units, sites, mL per
 * site, points) are exactly as wide as that needs; the texts (muscle, guidance, dose check, notes for
 * the therapist) share whatever room is left, and a text longer than its cell ends in "..." with the
 * whole of it in the cell's tooltip.
 */
final class TargetColumns {

    /** Room around a heading or a value, so that neither touches the grid. */
    private static final int PADDING = 12;
    private static final Set<Integer> TIGHT = Set.of(TargetTableModel.SIDE, TargetTableModel.UNITS,
            TargetTableModel.SITES, TargetTableModel.ML_PER_SITE, TargetTableModel.POINTS);
    /** The notes can be a paragraph: their column starts at its heading's width and takes what is left. */
    private static final Set<Integer> SIZED_BY_HEADING = Set.of(TargetTableModel.NOTES);

    private TargetColumns() {
    }

    /** Sets each column's least, preferred and (for the tight ones) greatest width from what it shows. */
    static void fit(JTable table) {
        FontMetrics heading = table.getTableHeader().getFontMetrics(table.getTableHeader().getFont());
        for (int column = 0; column < table.getColumnCount(); column++) {
            TableColumn c = table.getColumnModel().getColumn(column);
            int readable = heading.stringWidth(String.valueOf(c.getHeaderValue())) + PADDING;
            int values = SIZED_BY_HEADING.contains(column) ? 0 : widestValue(table, column) + PADDING;
            int least = column == TargetTableModel.MUSCLE ? Math.max(readable, values) : readable;
            int preferred = Math.max(readable, values);
            c.setMaxWidth(Integer.MAX_VALUE);
            c.setMinWidth(TIGHT.contains(column) ? preferred : least);
            c.setPreferredWidth(preferred);
            if (TIGHT.contains(column)) {
                c.setMaxWidth(preferred);
            }
        }
    }

    /** The table's width with every column as preferred, in its scroll pane with room for a scroll bar. */
    static int preferredWidth(JTable table, JScrollPane rows) {
        int columns = 0;
        for (int column = 0; column < table.getColumnCount(); column++) {
            columns += table.getColumnModel().getColumn(column).getPreferredWidth();
        }
        Insets insets = rows.getInsets();
        return columns + insets.left + insets.right + rows.getVerticalScrollBar().getPreferredSize().width;
    }

    /** The whole text of a cell too narrow to show it (its tooltip), or null when the cell shows it all. */
    static String cutText(JTable table, int row, int column) {
        Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
        boolean cut = cell.getPreferredSize().width > table.getCellRect(row, column, false).width;
        return cut && cell instanceof JLabel label ? label.getText() : null;
    }

    private static int widestValue(JTable table, int column) {
        int widest = 0;
        for (int row = 0; row < table.getRowCount(); row++) {
            Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
            widest = Math.max(widest, cell.getPreferredSize().width);
        }
        return widest;
    }
}
