package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.myoplan.history.StoredSession;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.history.ui.api.RecordChange;
import org.myoplan.history.ui.api.RecordsListener;
import org.myoplan.model.Patient;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Target;
import org.myoplan.planning.PatientNames;
import org.myoplan.planning.SessionComparison;
import org.myoplan.planning.TargetMuscles;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * A patient's sessions, newest first, and the selected one beside the session before it (units per
 * muscle, changes marked). Sessions open read-only from here; a planned one can be planned on, and any
 * one can be shown to the therapist.
 */
@TopComponent.Description(preferredID = "PatientHistory", iconBase = "org/myoplan/planning/ui/session.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - patient's surname and initial",
    "TAB_History={0} \u00b7 History",
    "# {0} - patient", "# {1} - record number", "# {2} - birth date",
    "TIP_History=History of {0}, record {1}, born {2}: every session, newest first (double-click one to open it)",
    "COL_Date=Date", "COL_Product=Product", "COL_Total=Units", "COL_Targets=Targets", "COL_Status=Status",
    "COL_Clinician=Clinician", "COL_Before=Before", "COL_Now=This session", "COL_Change=Change",
    "BTN_Open=Open", "BTN_ContinuePlanning=Continue Planning", "BTN_Therapist=Therapist View",
    "BTN_NewSession=New Session",
    "PROGRESS_History=Loading the patient's history",
    "# {0} - date",
    "LBL_ComparedWith=Compared with the session of {0}",
    "LBL_FirstSession=The patient's first session: nothing to compare with",
    "CHANGE_ADDED=added", "CHANGE_REMOVED=dropped", "CHANGE_INCREASED=raised", "CHANGE_DECREASED=lowered",
    "CHANGE_UNCHANGED=same", "CHANGE_OTHER_PRODUCT=other product: not comparable"
})
public final class PatientHistoryTopComponent extends TopComponent {

    private final Patient patient;
    private final TargetMuscles muscles;
    private List<StoredSession> sessions = List.of();
    private final SessionsModel sessionsModel = new SessionsModel();
    private final ComparisonModel comparisonModel = new ComparisonModel();
    private final JTable sessionTable = new JTable(sessionsModel);
    private final JLabel comparedWith = new JLabel(" ");
    private final JButton open = new JButton(Bundle.BTN_Open());
    private final JButton plan = new JButton(Bundle.BTN_ContinuePlanning());
    private final JButton therapist = new JButton(Bundle.BTN_Therapist());
    /** A session of this patient saved anywhere (a session editor) shows here at once. */
    private final RecordsListener sessionsSaved = this::recordsChanged;

    PatientHistoryTopComponent(Patient patient) {
        this.patient = patient;
        this.muscles = SitesOnAtlas.muscles();
        setName(Bundle.TAB_History(PatientNames.shortForm(patient.name())));
        setToolTipText(Bundle.TIP_History(patient.name(), patient.recordNumber(), patient.birthDate()));
        associateLookup(Lookups.fixed(patient));
        setLayout(new BorderLayout());
        sessionTable.setName("history.sessions");
        sessionTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        sessionTable.getSelectionModel().addListSelectionListener(e -> selectionChanged());
        sessionTable.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = sessionTable.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(e) && row >= 0
                        && row < sessions.size()) {
                    openOnDoubleClick(sessions.get(row));
                }
            }
        });
        // Enter does what a double-click does, for the keyboard (instead of moving to the next row)
        sessionTable.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(
                KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openSession");
        sessionTable.getActionMap().put("openSession", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                selected().ifPresent(s -> openOnDoubleClick(s));
            }
        });
        JTable comparison = new JTable(comparisonModel);
        comparison.setName("history.comparison");
        comparison.setDefaultRenderer(Object.class, new ChangeRenderer());
        JPanel lower = new JPanel(new BorderLayout());
        lower.add(comparedWith, BorderLayout.NORTH);
        lower.add(new JScrollPane(comparison), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(sessionTable), lower);
        split.setResizeWeight(0.4);
        add(split, BorderLayout.CENTER);
        add(buttons(), BorderLayout.NORTH);
        selectionChanged();
    }

    /** Opens (or brings forward) the patient's history. */
    static void openFor(Patient patient) {
        for (TopComponent tc : WindowManager.getDefault().getRegistry().getOpened()) {
            if (tc instanceof PatientHistoryTopComponent h && h.patient.recordNumber().equals(patient.recordNumber())) {
                h.requestActive();
                return;
            }
        }
        PatientHistoryTopComponent history = new PatientHistoryTopComponent(patient);
        SessionEditors.openBesideTheModel(history);
    }

    private JPanel buttons() {
        JPanel bar = new JPanel(new WrapLayout(5, 5)); // wraps in a narrow window rather than hiding a button
        open.setName("history.open");
        plan.setName("history.plan");
        therapist.setName("history.therapist");
        JButton newSession = new JButton(Bundle.BTN_NewSession());
        newSession.setName("history.new");
        open.addActionListener(e -> selected().ifPresent(s -> SessionEditors.openStored(patient, s, false)));
        plan.addActionListener(e -> selected().ifPresent(s -> SessionEditors.openStored(patient, s, true)));
        therapist.addActionListener(e -> selected().ifPresent(s -> TherapistTopComponent.openFor(patient, s, muscles)));
        newSession.addActionListener(e -> SessionEditors.openNew(patient));
        bar.add(newSession);
        bar.add(open);
        bar.add(plan);
        bar.add(therapist);
        return bar;
    }

    /**
     * A planned session opens to go on planning (Continue Planning), any other read-only (Open): double-click or Enter.
     */
    private void openOnDoubleClick(StoredSession session) {
        SessionEditors.openStored(patient, session, session.session().status() == SessionStatus.PLANNED);
    }

    @Override
    protected void componentOpened() {
        PatientRecords.addListener(sessionsSaved);
        reload();
    }

    @Override
    protected void componentClosed() {
        PatientRecords.removeListener(sessionsSaved);
    }

    private void recordsChanged(RecordChange change) {
        if (change.kind() == RecordChange.Kind.SESSION && change.concerns(patient.recordNumber())) {
            reload();
        }
    }

    private void reload() {
        Records.run(Bundle.PROGRESS_History(), db -> db.sessions().history(patient.recordNumber()), loaded -> {
            long selectedId = selected().map(StoredSession::id).orElse(-1L);
            sessions = loaded;
            sessionsModel.fireTableDataChanged();
            int row = 0;
            for (int i = 0; i < sessions.size(); i++) {
                if (sessions.get(i).id() == selectedId) {
                    row = i;
                }
            }
            if (!sessions.isEmpty()) {
                sessionTable.setRowSelectionInterval(row, row);
            }
            selectionChanged();
        });
    }

    private Optional<StoredSession> selected() {
        int row = sessionTable.getSelectedRow();
        return row < 0 || row >= sessions.size() ? Optional.empty() : Optional.of(sessions.get(row));
    }

    private void selectionChanged() {
        int row = sessionTable.getSelectedRow();
        boolean any = row >= 0 && row < sessions.size();
        open.setEnabled(any);
        therapist.setEnabled(any);
        plan.setEnabled(any && sessions.get(row).session().status() == SessionStatus.PLANNED);
        if (!any) {
            comparisonModel.show(List.of());
            comparedWith.setText(" ");
            return;
        }
        Session current = sessions.get(row).session();
        Optional<Session> previous = sessions.subList(row + 1, sessions.size()).stream().map(StoredSession::session)
                .filter(s -> s.status() != SessionStatus.CANCELLED).findFirst();
        comparedWith.setText(previous.map(p -> Bundle.LBL_ComparedWith(p.date())).orElse(Bundle.LBL_FirstSession()));
        comparisonModel.show(previous.map(p -> SessionComparison.compare(p, current))
                .orElseGet(() -> SessionComparison.compare(current.withTargets(List.of()), current)));
    }

    private final class SessionsModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return sessions.size();
        }

        @Override
        public int getColumnCount() {
            return 6;
        }

        @Override
        public String getColumnName(int column) {
            return List.of(Bundle.COL_Date(), Bundle.COL_Product(), Bundle.COL_Total(), Bundle.COL_Targets(),
                    Bundle.COL_Status(), Bundle.COL_Clinician()).get(column);
        }

        @Override
        public Object getValueAt(int row, int column) {
            Session s = sessions.get(row).session();
            return switch (column) {
                case 0 -> s.date().toString();
                case 1 -> s.product().brand();
                case 2 -> plain(s.targets().stream().filter(Target::hasDose).map(Target::units)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)) + " U";
                case 3 -> s.targets().size();
                case 4 -> HeaderPanel.statusText(s.status());
                default -> s.clinician();
            };
        }
    }

    private final class ComparisonModel extends AbstractTableModel {
        private List<SessionComparison.Row> rows = List.of();

        void show(List<SessionComparison.Row> newRows) {
            rows = newRows;
            fireTableDataChanged();
        }

        SessionComparison.Change change(int row) {
            return rows.get(row).change();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 5;
        }

        @Override
        public String getColumnName(int column) {
            return List.of(Bundle.COL_Muscle(), Bundle.COL_Side(), Bundle.COL_Before(), Bundle.COL_Now(),
                    Bundle.COL_Change()).get(column);
        }

        @Override
        public Object getValueAt(int row, int column) {
            SessionComparison.Row r = rows.get(row);
            return switch (column) {
                case 0 -> muscles.name(r.muscleId());
                case 1 -> r.side().displayName();
                case 2 -> r.previousUnits() == null ? "" : plain(r.previousUnits()) + " U";
                case 3 -> r.currentUnits() == null ? "" : plain(r.currentUnits()) + " U";
                default -> changeText(r.change());
            };
        }
    }

    static String changeText(SessionComparison.Change change) {
        return switch (change) {
            case ADDED -> Bundle.CHANGE_ADDED();
            case REMOVED -> Bundle.CHANGE_REMOVED();
            case INCREASED -> Bundle.CHANGE_INCREASED();
            case DECREASED -> Bundle.CHANGE_DECREASED();
            case UNCHANGED -> Bundle.CHANGE_UNCHANGED();
            case OTHER_PRODUCT -> Bundle.CHANGE_OTHER_PRODUCT();
        };
    }

    /** Marks the changes: raised red, lowered blue, added green, dropped grey. */
    private final class ChangeRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean sel, boolean focus, int row,
                int col) {
            Component c = super.getTableCellRendererComponent(table, value, sel, focus, row, col);
            if (!sel) {
                c.setForeground(switch (comparisonModel.change(row)) {
                    case INCREASED -> new Color(180, 30, 30);
                    case DECREASED -> new Color(30, 80, 170);
                    case ADDED -> new Color(20, 120, 40);
                    case REMOVED -> Color.GRAY;
                    default -> table.getForeground();
                });
            }
            return c;
        }
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
