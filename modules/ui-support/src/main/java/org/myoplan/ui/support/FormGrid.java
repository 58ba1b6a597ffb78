package org.myoplan.ui.support;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;

/**
 * The label-and-field grid of Myoplan's forms (the options pages): labels in the first column, fields
 * stretching in the second, extras such as a Browse button in the third, all with the same spacing.
 */
public final class FormGrid {

    private static final Color PROBLEM = new Color(0xb0, 0x20, 0x20);

    private final Container form;

    /** Lays out {@code form} as a grid (it gets a GridBagLayout). */
    public FormGrid(Container form) {
        this.form = form;
        form.setLayout(new GridBagLayout());
    }

    /** A labelled field on row {@code y}; the field takes the width the form has. */
    public void row(int y, String label, Component field) {
        form.add(new JLabel(label), cell(0, y));
        GridBagConstraints c = cell(1, y);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
    }

    /** A note across {@code columns} columns of row {@code y}, such as a hint under the fields. */
    public void note(int y, int columns, Component note) {
        GridBagConstraints c = cell(0, y);
        c.gridwidth = columns;
        form.add(note, c);
    }

    /**
     * The form's problem line on its last row {@code y}, across {@code columns} columns, in the red of
     * an error; it takes the height left over so the fields stay at the top.
     */
    public void problemLine(int y, int columns, JLabel problem) {
        GridBagConstraints c = cell(0, y);
        c.gridwidth = columns;
        c.weighty = 1;
        c.anchor = GridBagConstraints.NORTHWEST;
        problem.setForeground(PROBLEM);
        form.add(problem, c);
    }

    /** The constraints of one cell, left-aligned with the form's spacing, for what does not fit a row. */
    public static GridBagConstraints cell(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(4, 6, 4, 6);
        return c;
    }
}
