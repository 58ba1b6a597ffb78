package org.myoplan.outcomes.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.myoplan.history.StoredSession;
import org.myoplan.model.FollowUp;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.outcomes.AssessmentEntry;
import org.myoplan.outcomes.FollowedSession;
import org.myoplan.outcomes.MuscleChoices;
import org.myoplan.outcomes.PatientOutcomes;
import org.myoplan.outcomes.SessionLabels;
import org.myoplan.ui.support.TextChanges;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;

/**
 * The Add Assessment form: date, time point, the session followed, pain, Modified Ashworth grades per
 * muscle and side, and goals with their attainment. It fills itself in from the patient's records (the
 * likely time point and session, that session's muscles, the goals last agreed) but never overwrites
 * what the clinician has entered.
 */
@Messages({
    "LBL_Date=&Date:",
    "HINT_Date=Year-month-day, e.g. 2026-11-29",
    "LBL_Timepoint=&Time point:",
    "LBL_Session=&Session followed:",
    "LBL_Pain=&Pain (0-10):",
    "HINT_Pain=0 no pain, 10 worst imaginable; leave empty if not asked",
    "LBL_NoSession=None",
    "LBL_Ashworth=Modified Ashworth",
    "LBL_Goals=Goals (Goal Attainment Scaling, -2 to +2)",
    "BTN_AddMuscle=Add Muscle",
    "BTN_RemoveMuscle=Remove Muscle",
    "BTN_AddGoal=Add Goal",
    "BTN_RemoveGoal=Remove Goal",
    "COL_Muscle=Muscle",
    "COL_Side=Side",
    "COL_Grade=Grade",
    "COL_Goal=Goal",
    "COL_Attainment=GAS score"
})
final class AssessmentPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final String[] GRADES = {"", "0", "1", "1+", "2", "3", "4"};
    private static final String[] ATTAINMENTS = {"", "-2", "-1", "0", "+1", "+2"};

    /** An entry of the session choice: a session of the patient, or none. */
    private record SessionChoice(OptionalLong id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final PatientOutcomes outcomes;
    private final JTextField date = new JTextField(10);
    private final JComboBox<FollowUp> timepoint = new JComboBox<>(FollowUp.values());
    private final JComboBox<SessionChoice> session = new JComboBox<>();
    private final JTextField pain = new JTextField(4);
    private final AshworthRows ashworth = new AshworthRows();
    private final GoalRows goals = new GoalRows();
    private final JTable ashworthTable = new JTable(ashworth);
    private final JTable goalsTable = new JTable(goals);
    /** The check after each change: reads the form, never ends an edit (it may run inside a table's own commit). */
    private Runnable onChange = () -> { };
    /** True while the form fills itself in, so that its own changes are not taken for the clinician's. */
    private boolean filling;
    private boolean sessionChosenByHand;
    private boolean musclesEditedByHand;
    private boolean edited;

    AssessmentPanel(PatientOutcomes outcomes, LocalDate today) {
        super(new BorderLayout(0, 8));
        this.outcomes = outcomes;
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        date.setName("assessment.date");
        timepoint.setName("assessment.timepoint");
        session.setName("assessment.session");
        pain.setName("assessment.pain");
        ashworthTable.setName("assessment.ashworth");
        goalsTable.setName("assessment.goals");
        date.setToolTipText(Bundle.HINT_Date());
        pain.setToolTipText(Bundle.HINT_Pain());
        timepoint.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof FollowUp f ? f.displayName() : value,
                        index, selected, focus);
            }
        });
        session.addItem(new SessionChoice(OptionalLong.empty(), Bundle.LBL_NoSession()));
        for (StoredSession s : outcomes.sessions()) {
            session.addItem(new SessionChoice(OptionalLong.of(s.id()), SessionLabels.longLabel(s)));
        }

        add(form(), BorderLayout.NORTH);
        JPanel tables = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints(0, 0, 1, 1, 1, 0.6, GridBagConstraints.CENTER,
                GridBagConstraints.BOTH, new Insets(0, 0, 8, 0), 0, 0);
        tables.add(section(Bundle.LBL_Ashworth(), ashworthTable, "Muscle", Bundle.BTN_AddMuscle(), this::addMuscle,
                Bundle.BTN_RemoveMuscle(), () -> removeSelected(ashworthTable, ashworth.rows)), c);
        c.gridy = 1;
        c.weighty = 0.4;
        tables.add(section(Bundle.LBL_Goals(), goalsTable, "Goal", Bundle.BTN_AddGoal(), this::addGoal,
                Bundle.BTN_RemoveGoal(), () -> removeSelected(goalsTable, goals.rows)), c);
        add(tables, BorderLayout.CENTER);
        setPreferredSize(new Dimension(640, 560));
        setUpAshworthTable();
        setUpGoalsTable();

        fill(today);
        listen();
    }

    /**
     * Checks the form now and after every change the clinician makes, and hands each result on. The check
     * only reads the form: a change in a table arrives while the table is still ending its edit, and ending
     * it again from there would set the value again, and again (the StackOverflowError of issue 11).
     */
    void checkWith(AssessmentEntry entry, Consumer<AssessmentEntry.Checked> checked) {
        this.onChange = () -> checked.accept(entry.check(draft(), outcomes.sessions()));
        onChange.run();
    }

    /** Whether the clinician has changed anything yet: until then a missing entry is a hint, not an error. */
    boolean edited() {
        return edited;
    }

    /**
     * The form as the clinician leaves it for Save: an edit still open in a table cell is ended first, since
     * what it holds is part of what was typed (Enter saves without leaving the cell).
     */
    AssessmentEntry.Draft finishedDraft() {
        stopEditing(ashworthTable);
        stopEditing(goalsTable);
        return draft();
    }

    /** The form as entered so far; an edit still open in a cell is not part of it yet. Reads only. */
    AssessmentEntry.Draft draft() {
        SessionChoice chosen = (SessionChoice) session.getSelectedItem();
        return new AssessmentEntry.Draft(date.getText(), (FollowUp) timepoint.getSelectedItem(),
                chosen == null ? OptionalLong.empty() : chosen.id(), pain.getText(),
                ashworth.rows.stream().map(r -> new AssessmentEntry.AshworthRow(r.muscleId, r.side, r.grade)).toList(),
                goals.rows.stream().map(r -> new AssessmentEntry.GoalRow(r.text, r.score)).toList());
    }

    private JPanel form() {
        JPanel form = new JPanel(new GridBagLayout());
        addRow(form, 0, Bundle.LBL_Date(), date, false);
        addRow(form, 1, Bundle.LBL_Timepoint(), timepoint, false);
        addRow(form, 2, Bundle.LBL_Session(), session, true);
        addRow(form, 3, Bundle.LBL_Pain(), pain, false);
        return form;
    }

    private static void addRow(JPanel form, int row, String text, Component field, boolean wide) {
        JLabel label = new JLabel();
        Mnemonics.setLocalizedText(label, text);
        label.setLabelFor(field);
        form.add(label, new GridBagConstraints(0, row, 1, 1, 0, 0, GridBagConstraints.LINE_START,
                GridBagConstraints.NONE, new Insets(2, 0, 2, 8), 0, 0));
        form.add(field, new GridBagConstraints(1, row, 1, 1, 1, 0, GridBagConstraints.LINE_START,
                wide ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE, new Insets(2, 0, 2, 0), 0, 0));
    }

    /** A titled table with its Add and Remove buttons, named e.g. "assessment.addMuscle" after {@code rowKind}. */
    private static JPanel section(String title, JTable table, String rowKind, String addText, Runnable add,
            String removeText, Runnable remove) {
        JPanel panel = new JPanel(new BorderLayout(0, 4));
        panel.setBorder(BorderFactory.createTitledBorder(title));
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 22));
        // A value typed in a cell is kept when the clinician clicks elsewhere, e.g. on Save.
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setFillsViewportHeight(true);
        panel.add(new JScrollPane(table), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        JButton addButton = new JButton(addText);
        addButton.setName("assessment.add" + rowKind);
        addButton.addActionListener(e -> add.run());
        JButton removeButton = new JButton(removeText);
        removeButton.setName("assessment.remove" + rowKind);
        removeButton.addActionListener(e -> remove.run());
        // A click leaves the focus where it is (Tab still reaches them): the row Add opens keeps the keyboard,
        // instead of being ended by the button taking the focus from the table.
        addButton.setRequestFocusEnabled(false);
        removeButton.setRequestFocusEnabled(false);
        buttons.add(addButton);
        buttons.add(removeButton);
        panel.add(buttons, BorderLayout.SOUTH);
        return panel;
    }

    private void setUpAshworthTable() {
        List<String> ids = MuscleChoices.of(MuscleChoices.reference(),
                outcomes.sessions().stream().flatMap(s -> s.session().targets().stream()).map(Target::muscleId)
                .toList());
        JComboBox<String> muscles = new JComboBox<>(ids.toArray(String[]::new));
        muscles.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? ""
                        : MuscleChoices.nameOf((String) value), index, selected, focus);
            }
        });
        muscles.setMaximumRowCount(20);
        ashworthTable.getColumnModel().getColumn(0).setCellEditor(new DefaultCellEditor(muscles));
        ashworthTable.getColumnModel().getColumn(0).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                super.setValue(value == null ? "" : MuscleChoices.nameOf((String) value));
            }
        });
        JComboBox<Side> sides = new JComboBox<>(Side.values());
        ashworthTable.getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(sides));
        ashworthTable.getColumnModel().getColumn(1).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                super.setValue(value instanceof Side s ? s.displayName() : "");
            }
        });
        ashworthTable.getColumnModel().getColumn(2).setCellEditor(new DefaultCellEditor(new JComboBox<>(GRADES)));
        ashworthTable.getColumnModel().getColumn(0).setPreferredWidth(330);
        ashworthTable.getColumnModel().getColumn(1).setPreferredWidth(80);
        ashworthTable.getColumnModel().getColumn(2).setPreferredWidth(80);
    }

    private void setUpGoalsTable() {
        goalsTable.getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(new JComboBox<>(ATTAINMENTS)));
        goalsTable.getColumnModel().getColumn(0).setPreferredWidth(410);
        goalsTable.getColumnModel().getColumn(1).setPreferredWidth(80);
    }

    /** The form's first state: today, the likely time point and session, its muscles, the last goals. */
    private void fill(LocalDate today) {
        filling = true;
        try {
            date.setText(today.toString());
            timepoint.setSelectedItem(FollowedSession.likelyTimepoint(today, outcomes.sessions()));
            suggestSession();
            fillMuscles();
            outcomes.lastGoals().forEach(text -> goals.rows.add(new GoalRow(text, null)));
            goals.fireTableDataChanged();
        } finally {
            filling = false;
        }
    }

    private void listen() {
        TextChanges.onChange(() -> changed(this::suggestSession), date);
        timepoint.addActionListener(e -> changed(this::suggestSession));
        session.addActionListener(e -> changed(() -> {
            sessionChosenByHand = true;
            fillMuscles();
        }));
        TextChanges.onChange(() -> changed(() -> { }), pain);
        ashworth.addTableModelListener(e -> changed(() -> musclesEditedByHand = true));
        goals.addTableModelListener(e -> changed(() -> { }));
    }

    /** A change by the clinician: what follows from it (unless the form is filling itself in), then a new check. */
    private void changed(Runnable consequence) {
        if (filling) {
            return;
        }
        edited = true;
        filling = true;
        try {
            consequence.run();
        } finally {
            filling = false;
        }
        onChange.run();
    }

    /** Chooses the session the time point most likely follows, unless the clinician has chosen one. */
    private void suggestSession() {
        if (sessionChosenByHand) {
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.getText().trim());
        } catch (DateTimeParseException e) {
            return; // the check tells what is wrong with the date; the suggestion waits for a valid one
        }
        OptionalLong suggested = FollowedSession.suggest((FollowUp) timepoint.getSelectedItem(), day,
                outcomes.sessions());
        for (int i = 0; i < session.getItemCount(); i++) {
            if (session.getItemAt(i).id().equals(suggested)) {
                session.setSelectedIndex(i);
                break;
            }
        }
        fillMuscles();
    }

    /** The muscles of the chosen session (or of the newest one), ungraded, until the clinician edits the list. */
    private void fillMuscles() {
        if (musclesEditedByHand) {
            return;
        }
        // The rows are replaced: an edit open in one of them has nothing left to go to.
        cancelEditing(ashworthTable);
        SessionChoice chosen = (SessionChoice) session.getSelectedItem();
        List<Target> targets = chosen != null && chosen.id().isPresent()
                ? outcomes.session(chosen.id().getAsLong()).map(s -> s.session().targets()).orElse(List.of())
                : outcomes.newestTargets();
        ashworth.rows.clear();
        targets.forEach(t -> ashworth.rows.add(new AshworthRow(t.muscleId(), t.side(), null)));
        ashworth.fireTableDataChanged();
    }

    private void addMuscle() {
        stopEditing(ashworthTable);
        ashworth.rows.add(new AshworthRow(null, Side.LEFT, null));
        int row = ashworth.rows.size() - 1;
        ashworth.fireTableRowsInserted(row, row);
        startEditing(ashworthTable, row, 0);
    }

    private void addGoal() {
        stopEditing(goalsTable);
        goals.rows.add(new GoalRow("", null));
        int row = goals.rows.size() - 1;
        goals.fireTableRowsInserted(row, row);
        startEditing(goalsTable, row, 0);
    }

    /**
     * Opens a new row's first cell with the keyboard in it, so that the clinician types at once: the focus
     * would otherwise stay on the button, and the table ends an edit that loses the focus.
     */
    private static void startEditing(JTable table, int row, int column) {
        table.changeSelection(row, column, false, false);
        if (table.editCellAt(row, column)) {
            table.getEditorComponent().requestFocusInWindow();
        }
    }

    private static void removeSelected(JTable table, List<?> rows) {
        stopEditing(table);
        int[] selected = table.getSelectedRows();
        for (int i = selected.length - 1; i >= 0; i--) {
            rows.remove(table.convertRowIndexToModel(selected[i]));
        }
        if (selected.length > 0) {
            ((AbstractTableModel) table.getModel()).fireTableDataChanged();
        }
    }

    private static void stopEditing(JTable table) {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
    }

    private static void cancelEditing(JTable table) {
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
    }

    /**
     * A row as entered: the grade as written ("1+"), kept as it is so that nothing typed is lost; the check reads it.
     */
    private static final class AshworthRow {
        String muscleId;
        Side side;
        String grade;

        AshworthRow(String muscleId, Side side, String grade) {
            this.muscleId = muscleId;
            this.side = side;
            this.grade = grade == null ? "" : grade;
        }
    }

    /** A goal as entered, with its GAS score as written ("+1"), kept as it is; the check reads it. */
    private static final class GoalRow {
        String text;
        String score;

        GoalRow(String text, String score) {
            this.text = text == null ? "" : text;
            this.score = score == null ? "" : score;
        }
    }

    private static final class AshworthRows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        final List<AshworthRow> rows = new ArrayList<>();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> Bundle.COL_Muscle();
                case 1 -> Bundle.COL_Side();
                default -> Bundle.COL_Grade();
            };
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return true;
        }

        @Override
        public Object getValueAt(int row, int column) {
            AshworthRow r = rows.get(row);
            return switch (column) {
                case 0 -> r.muscleId;
                case 1 -> r.side;
                default -> r.grade;
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            AshworthRow r = rows.get(row);
            switch (column) {
                case 0 -> r.muscleId = (String) value;
                case 1 -> r.side = (Side) value;
                default -> r.grade = value == null ? "" : value.toString();
            }
            fireTableRowsUpdated(row, row);
        }
    }

    private static final class GoalRows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        final List<GoalRow> rows = new ArrayList<>();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? Bundle.COL_Goal() : Bundle.COL_Attainment();
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return true;
        }

        @Override
        public Object getValueAt(int row, int column) {
            GoalRow r = rows.get(row);
            return column == 0 ? r.text : r.score;
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            GoalRow r = rows.get(row);
            String text = value == null ? "" : value.toString();
            if (column == 0) {
                r.text = text;
            } else {
                r.score = text;
            }
            fireTableRowsUpdated(row, row);
        }
    }
}
