package org.myoplan.outcomes.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.MouseEvent;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableColumn;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.history.ui.api.RecordChange;
import org.myoplan.history.ui.api.RecordsListener;
import org.myoplan.model.Patient;
import org.myoplan.outcomes.MuscleChoices;
import org.myoplan.outcomes.OutcomeTable;
import org.myoplan.outcomes.OutcomeTimeline;
import org.myoplan.outcomes.PatientOutcomes;
import org.myoplan.outcomes.PatientTab;
import org.myoplan.ui.support.Background;
import org.myoplan.ui.support.Html;
import org.myoplan.viewer.api.WindowModes;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.LookupEvent;
import org.openide.util.LookupListener;
import org.openide.util.NbBundle.Messages;
import org.openide.util.Utilities;
import org.openide.util.lookup.AbstractLookup;
import org.openide.util.lookup.InstanceContent;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The Outcomes window: the follow-up assessments of the patient selected anywhere in the application,
 * as a table and a chart of Modified Ashworth grades and pain over time with the sessions marked.
 * It keeps showing the last patient when the selection holds none (e.g. while the 3D View has the focus).
 */
@TopComponent.Description(preferredID = OutcomesTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = WindowModes.PLANS, openAtStartup = false, position = 300)
@ActionID(category = "Window", id = "org.myoplan.outcomes.ui.OutcomesTopComponent")
@ActionReference(path = "Menu/Window", position = 40)
@TopComponent.OpenActionRegistration(displayName = "#CTL_OutcomesAction", preferredID = OutcomesTopComponent.ID)
@Messages({
    "CTL_OutcomesAction=Outcomes",
    "CTL_OutcomesTopComponent=Outcomes",
    "HINT_OutcomesTopComponent=Follow-up assessments of the selected patient: Modified Ashworth, pain and goals",
    "MSG_NoPatient=Select a patient in the Patients window to see the outcomes of the treatment.",
    "# {0} - patient name",
    "MSG_Loading=Reading the assessments of {0}...",
    "# {0} - patient name",
    "MSG_NoAssessments=No assessment of {0} has been recorded yet. Add Assessment records the baseline or a follow-up.",
    "MSG_RecordsNotOpen=The patient records are not open.",
    "# {0} - patient name", "# {1} - reason",
    "MSG_LoadFailed=The assessments of {0} could not be read: {1}",
    "# {0} - patient name", "# {1} - record number",
    "LBL_Patient={0}  ({1})",
    "BTN_AddAssessment=Add Assessment...",
    "BTN_Refresh=Refresh",
    "# {0} - patient name",
    "TITLE_Chart=Modified Ashworth and pain: {0}"
})
public final class OutcomesTopComponent extends TopComponent implements LookupListener {

    static final String ID = "OutcomesTopComponent";
    private static final long serialVersionUID = 1L;
    private static final String MESSAGE_CARD = "message";
    private static final String OUTCOMES_CARD = "outcomes";
    private static final Background LOADER = new Background("Outcomes");

    private final InstanceContent content = new InstanceContent();
    private final JLabel patientLabel = new JLabel();
    private final JButton addAssessment = new JButton(Bundle.BTN_AddAssessment());
    private final JButton refresh = new JButton(Bundle.BTN_Refresh());
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private final JLabel message = new JLabel("", SwingConstants.CENTER);
    private final JTable table = new JTable() {
        private static final long serialVersionUID = 1L;

        /** A goals cell is often longer than its column: the tooltip shows it whole. */
        @Override
        public String getToolTipText(MouseEvent event) {
            int row = rowAtPoint(event.getPoint());
            int column = columnAtPoint(event.getPoint());
            Object value = row < 0 || column < 0 ? null : getValueAt(row, column);
            return value == null || value.toString().isEmpty() ? null : value.toString();
        }
    };
    private final JPanel chartHolder = new JPanel(new BorderLayout());
    private transient Lookup.Result<Patient> selection;
    private transient Patient patient;
    private transient PatientOutcomes shown;
    /**
     * The chart draws the sessions and the table the assessments: a save of either for the shown patient reads them
     * again.
     */
    private final transient RecordsListener recordsChanged = change -> {
        if (change.kind() != RecordChange.Kind.PATIENT && patient != null && change.concerns(patient.recordNumber())) {
            reload();
        }
    };
    /** Counts the loads, so that a slow load for a patient no longer selected is dropped, not shown. */
    private long loads;

    public OutcomesTopComponent() {
        setName(Bundle.CTL_OutcomesTopComponent());
        setToolTipText(Bundle.HINT_OutcomesTopComponent());
        setLayout(new BorderLayout());
        associateLookup(new AbstractLookup(content));

        JPanel header = new JPanel(new BorderLayout());
        header.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        patientLabel.setFont(patientLabel.getFont().deriveFont(Font.BOLD));
        patientLabel.setName("outcomes.patient");
        header.add(patientLabel, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 4, 0));
        addAssessment.setName("outcomes.addAssessment");
        addAssessment.addActionListener(e -> addAssessment());
        refresh.addActionListener(e -> reload());
        buttons.add(addAssessment);
        buttons.add(refresh);
        header.add(buttons, BorderLayout.EAST);
        add(header, BorderLayout.NORTH);

        table.setName("outcomes.table");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF); // one column per muscle: scroll rather than squeeze
        table.setAutoCreateRowSorter(false);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), chartHolder);
        split.setResizeWeight(0.45);
        split.setBorder(null);
        message.setName("outcomes.message");
        body.add(message, MESSAGE_CARD);
        body.add(split, OUTCOMES_CARD);
        add(body, BorderLayout.CENTER);
        showMessage(Bundle.MSG_NoPatient());
    }

    /** The window, found or made by the window system. */
    static OutcomesTopComponent find() {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        return tc instanceof OutcomesTopComponent outcomes ? outcomes : new OutcomesTopComponent();
    }

    /** Opens the window on this patient, whatever is selected elsewhere. */
    static void openFor(Patient patient) {
        OutcomesTopComponent tc = find();
        tc.showPatient(patient);
        tc.open();
        tc.requestActive();
    }

    @Override
    protected void componentOpened() {
        PatientRecords.addListener(recordsChanged);
        selection = Utilities.actionsGlobalContext().lookupResult(Patient.class);
        selection.addLookupListener(this);
        resultChanged(null);
    }

    @Override
    protected void componentClosed() {
        PatientRecords.removeListener(recordsChanged);
        if (selection != null) {
            selection.removeLookupListener(this);
            selection = null;
        }
    }

    @Override
    public void resultChanged(LookupEvent event) {
        Lookup.Result<Patient> current = selection;
        if (current == null) {
            return;
        }
        Collection<? extends Patient> selected = current.allInstances();
        if (!selected.isEmpty()) {
            Patient first = selected.iterator().next();
            if (EventQueue.isDispatchThread()) {
                showPatient(first);
            } else {
                EventQueue.invokeLater(() -> showPatient(first));
            }
        }
    }

    /** Shows this patient's outcomes, reading them again unless they are the ones shown. */
    void showPatient(Patient selected) {
        if (selected.equals(patient)) {
            return;
        }
        patient = selected;
        content.set(List.of(selected), null);
        setDisplayName(PatientTab.title(selected, Bundle.CTL_OutcomesTopComponent()));
        setToolTipText(PatientTab.tooltip(selected, Bundle.CTL_OutcomesTopComponent()));
        patientLabel.setText(Bundle.LBL_Patient(selected.name(), selected.recordNumber()));
        reload();
    }

    /** Reads the shown patient's assessments and sessions off the event thread, then shows them. */
    void reload() {
        Patient current = patient;
        if (current == null) {
            return;
        }
        long load = ++loads;
        shown = null;
        addAssessment.setEnabled(false);
        showMessage(Bundle.MSG_Loading(current.name()));
        // Only the latest load is shown: a patient chosen meanwhile has started another.
        LOADER.run(Bundle.MSG_Loading(current.name()), () -> PatientRecords.database().map(db -> Loaded.read(db,
                current)), loaded -> {
                    if (load == loads) {
                        loaded.ifPresentOrElse(this::present, () -> showMessage(Bundle.MSG_RecordsNotOpen()));
                    }
                }, e -> {
                    if (load == loads) {
                        showMessage(Bundle.MSG_LoadFailed(current.name(), e.getMessage()));
                    }
                });
    }

    /** A patient's outcomes read, with the table and chart made from them off the event thread. */
    private record Loaded(PatientOutcomes outcomes, OutcomeTimeline timeline, OutcomeTable rows, JFreeChart chart) {

        static Loaded read(HistoryDatabase db, Patient patient) {
            PatientOutcomes outcomes = PatientOutcomes.read(db, patient);
            OutcomeTimeline timeline = OutcomeTimeline.of(outcomes.assessments(), outcomes.sessions(),
                    MuscleChoices::nameOf);
            OutcomeTable rows = OutcomeTable.of(outcomes.assessments(), outcomes.sessions(), MuscleChoices::nameOf);
            JFreeChart chart =
                    new OutcomeChart(ZoneId.systemDefault()).create(timeline, Bundle.TITLE_Chart(patient.name()));
            return new Loaded(outcomes, timeline, rows, chart);
        }
    }

    private void present(Loaded loaded) {
        PatientOutcomes outcomes = loaded.outcomes();
        OutcomeTimeline timeline = loaded.timeline();
        OutcomeTable rows = loaded.rows();
        JFreeChart chart = loaded.chart();
        shown = outcomes;
        addAssessment.setEnabled(true);
        if (outcomes.assessments().isEmpty()) {
            showMessage(Bundle.MSG_NoAssessments(outcomes.patient().name()));
            return;
        }
        table.setModel(new Rows(rows));
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            String header = rows.columns().get(i);
            int widest = table.getFontMetrics(table.getFont()).stringWidth(header);
            for (List<String> row : rows.rows()) {
                widest = Math.max(widest, table.getFontMetrics(table.getFont()).stringWidth(row.get(i)));
            }
            // Goals can be long: a wide column, and the tooltip for the rest.
            column.setPreferredWidth(OutcomeTable.GOALS_COLUMN.equals(header) ? Math.min(widest + 16, 480) : widest
                    + 16);
        }
        chartHolder.removeAll();
        if (!timeline.isEmpty()) {
            ChartPanel panel = new ChartPanel(chart);
            panel.setName("outcomes.chart");
            panel.setMouseWheelEnabled(true);
            chartHolder.add(panel, BorderLayout.CENTER);
        }
        chartHolder.revalidate();
        chartHolder.repaint();
        cards.show(body, OUTCOMES_CARD);
    }

    private void showMessage(String text) {
        message.setText("<html><div style='text-align:center'>" + Html.escape(text) + "</div></html>");
        cards.show(body, MESSAGE_CARD);
    }

    private void addAssessment() {
        if (shown != null) {
            AssessmentDialog.show(shown);
        } else if (patient != null) {
            AssessmentDialog.open(patient);
        }
    }

    static void tell(String text) {
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(text, NotifyDescriptor.ERROR_MESSAGE));
    }

    /** The table's rows, read-only: the records are changed through Add Assessment, which the audit log records. */
    private static final class Rows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final transient OutcomeTable rows;

        Rows(OutcomeTable rows) {
            this.rows = rows;
        }

        @Override
        public int getRowCount() {
            return rows.rows().size();
        }

        @Override
        public int getColumnCount() {
            return rows.columns().size();
        }

        @Override
        public String getColumnName(int column) {
            return rows.columns().get(column);
        }

        @Override
        public Object getValueAt(int row, int column) {
            return rows.rows().get(row).get(column);
        }
    }
}
