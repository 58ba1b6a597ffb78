package org.myoplan.planning.ui;

import java.awt.Component;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import javax.swing.DefaultCellEditor;
import javax.swing.JComboBox;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.myoplan.model.Guidance;
import org.myoplan.model.Side;
import org.myoplan.planning.DoseBand;

/**
 * The plan's targets, one row each, several selectable: side and guidance from drop-downs, units typed
 * (kept open while they do not read), the dose check in its colour. It keeps its selection and fits its
 * columns when the plan changes.
 */
final class TargetsTable extends JTable {

    /** A row's injection points in words, for the tooltip of its points cell; null when it has none. */
    private IntFunction<String> pointsInWords = row -> null;

    TargetsTable(TargetTableModel targets, Consumer<String> problems) {
        super(targets);
        setName("session.targets");
        setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        setRowHeight(Math.max(getRowHeight(), 22));
        setDefaultEditor(Side.class, new DefaultCellEditor(new JComboBox<>(Side.values())));
        setDefaultEditor(Guidance.class, new DefaultCellEditor(new JComboBox<>(Guidance.values())));
        getColumnModel().getColumn(TargetTableModel.UNITS).setCellEditor(new UnitsCellEditor(problems));
        setDefaultRenderer(Side.class, text(v -> ((Side) v).displayName()));
        setDefaultRenderer(Guidance.class, text(v -> ((Guidance) v).displayName()));
        setDefaultRenderer(DoseBand.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable tbl, Object value, boolean sel, boolean focus,
                    int row, int col) {
                DoseBand band = (DoseBand) value;
                String text = TargetTableModel.bandText(band);
                Component c = super.getTableCellRendererComponent(tbl, text, sel, focus, row, col);
                if (!sel) {
                    c.setForeground(PlanColours.of(band));
                }
                return c;
            }
        });
        putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
    }

    /** Narrower than its readable columns, the table scrolls sideways instead of cutting them. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        int readable = 0;
        for (int column = 0; column < getColumnCount(); column++) {
            readable += getColumnModel().getColumn(column).getMinWidth();
        }
        return getParent() == null || getParent().getWidth() >= readable;
    }

    /** Where the tooltip of a points cell gets the row's injection points in words. */
    void describePointsWith(IntFunction<String> words) {
        pointsInWords = words;
    }

    /**
     * A text cut short in its cell ("...") is there in full when the mouse rests on it; a points cell
     * says where each point is, in words.
     */
    @Override
    public String getToolTipText(MouseEvent e) {
        int row = rowAtPoint(e.getPoint()), column = columnAtPoint(e.getPoint());
        if (row >= 0 && convertColumnIndexToModel(column) == TargetTableModel.POINTS) {
            String words = pointsInWords.apply(convertRowIndexToModel(row));
            if (words != null) {
                return words;
            }
        }
        String text = row < 0 || column < 0 ? null : TargetColumns.cutText(this, row, column);
        return text == null || text.isBlank() ? super.getToolTipText(e) : text;
    }

    /** The plan changed: the rows show it, the selected rows that are still there stay selected. */
    void showChanges() {
        int[] rows = getSelectedRows();
        ((TargetTableModel) getModel()).fireTableDataChanged();
        for (int row : rows) {
            if (row < getRowCount()) {
                addRowSelectionInterval(row, row);
            }
        }
        TargetColumns.fit(this);
    }

    /** Selects one row and scrolls to it; a row that is not there selects nothing. */
    void selectRow(int row) {
        if (row >= 0 && row < getRowCount()) {
            setRowSelectionInterval(row, row);
            scrollRectToVisible(getCellRect(row, 0, true));
        }
    }

    /** Takes what is typed in a cell into the plan; false while it does not read (the cell stays open). */
    boolean takeTyping() {
        return !isEditing() || getCellEditor().stopCellEditing();
    }

    /** Closes a cell being typed in as it was; true when there was one. */
    boolean dropTyping() {
        if (!isEditing()) {
            return false;
        }
        getCellEditor().cancelCellEditing();
        return true;
    }

    private static DefaultTableCellRenderer text(Function<Object, String> text) {
        return new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                super.setValue(value == null ? "" : text.apply(value));
            }
        };
    }
}
