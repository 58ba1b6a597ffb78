package org.myoplan.planning.ui;

import java.awt.Color;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.JTextField;
import org.myoplan.dosing.input.DoseParser;

/**
 * Units typed in the targets table: a text that does not read as a dose keeps the cell open, marked,
 * with what is wrong told, instead of being thrown away for the old value.
 */
final class UnitsCellEditor extends DefaultCellEditor {

    private final JTextField field;
    private final Consumer<String> problems;

    UnitsCellEditor(Consumer<String> problems) {
        super(new JTextField());
        this.field = (JTextField) getComponent();
        this.problems = problems;
        field.setName("session.units.editor");
    }

    @Override
    public boolean stopCellEditing() {
        DoseParser.Result units = DoseParser.parseUnits(field.getText(), Locale.getDefault());
        if (!units.ok()) {
            field.setBorder(BorderFactory.createLineBorder(Color.RED, 2));
            problems.accept(units.problem());
            return false;
        }
        field.setBorder(BorderFactory.createLineBorder(Color.BLACK));
        return super.stopCellEditing();
    }
}
