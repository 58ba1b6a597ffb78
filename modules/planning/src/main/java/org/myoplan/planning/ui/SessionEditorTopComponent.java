package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.DefaultCellEditor;
import javax.swing.event.ChangeListener;
import javax.swing.event.UndoableEditEvent;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.undo.AbstractUndoableEdit;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.documents.ui.api.PlanDocuments;
import org.myoplan.dosing.patterns.PatternSuggestions;
import org.myoplan.dosing.reference.MuscleRange;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Patient;
import org.myoplan.model.Plan;
import org.myoplan.model.Session;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.planning.DoseBand;
import org.myoplan.planning.PatientNames;
import org.myoplan.planning.PlanState;
import org.myoplan.planning.PlanTotals;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.SiteTransfer;
import org.myoplan.planning.TargetMuscles;
import org.myoplan.ui.support.Html;
import org.myoplan.viewer.api.AnatomyView;
import org.myoplan.viewer.api.AtlasService;
import org.myoplan.viewer.api.MuscleSelection;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ToolbarWithOverflow;
import org.openide.awt.UndoRedo;
import org.openide.cookies.SaveCookie;
import org.openide.nodes.Node;
import org.openide.util.NbBundle.Messages;
import org.openide.util.Utilities;
import org.openide.util.lookup.AbstractLookup;
import org.openide.util.lookup.InstanceContent;
import org.openide.util.lookup.Lookups;
import org.openide.util.lookup.ProxyLookup;
import org.openide.windows.TopComponent;

/**
 * One session of one patient, opened for planning (or read-only, from the history): the header, the
 * targets table, the dose checks renewed with every change, the totals, and the plan drawn in the 3D
 * View. Every change is undoable (Edit > Undo, Ctrl+Z); unsaved changes mark the tab and are asked
 * about on close, and on exit through the platform's Savable registry.
 */
@TopComponent.Description(preferredID = "SessionEditor", iconBase = "org/myoplan/planning/ui/session.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - patient's surname and initial", "# {1} - date",
    "TAB_Plan={0} \u00b7 Plan {1}",
    "# {0} - patient", "# {1} - record number", "# {2} - birth date", "# {3} - session date", "# {4} - status",
    "TIP_Plan=Plan of {0}, record {1}, born {2}: session of {3}, {4}",
    "# {0} - patient", "# {1} - record number", "# {2} - birth date", "# {3} - session date", "# {4} - status",
    "TIP_PlanReadOnly=Plan of {0}, record {1}, born {2}: session of {3}, {4} (read-only)",
    "BTN_Save=Save",
    "# {0} - key",
    "TIP_Save=Saves the session in the patient''s records ({0})",
    "BTN_ShowTargets=Show Targets",
    "TIP_ShowTargets=Brings the plan's muscles into the 3D View",
    "BTN_Export=Export PDFs...",
    "TIP_Export=Writes the treatment plan and the consent sheet of this session as PDF",
    "BTN_Print=Print...",
    "# {0} - key",
    "TIP_Print=Prints the treatment plan through the system''s print dialog ({0})",
    "BTN_AddSelected=Add Selected Muscles",
    "TIP_AddSelected=Adds the muscles selected in the 3D View or the Muscles window as targets",
    "BTN_AddPattern=Add Pattern",
    "TIP_AddPattern=Adds a spasticity pattern's muscles (guide's starting doses for onabotulinumtoxinA)",
    "BTN_Remove=Remove Target",
    "# {0} - key",
    "TIP_Remove=Removes the selected targets ({0}); Edit > Undo brings them back",
    "BTN_PlaceSites=Place Sites",
    "TIP_PlaceSites=While pressed, a click on the selected target's muscle in the 3D View adds an injection point",
    "BTN_ClearSites=Clear Sites",
    "BTN_CopyForward=Copy Forward",
    "TIP_CopyForward=Adds the targets of the patient's last session",
    "SIDE_LEFT=left", "SIDE_RIGHT=right",
    "MSG_NothingSelected=Select muscles in the 3D View or the Muscles window first.",
    "# {0} - muscles",
    "MSG_AlreadyPlanned=Already in the plan: {0}",
    "MSG_NoLastSession=The patient has no earlier session to copy from.",
    "# {0} - product",
    "MSG_CopiedWithoutDoses=The last session used {0}: the muscles are copied, the doses are not (units of different products are never converted).",
    "MSG_SelectTarget=Select a target in the table first.",
    "# {0} - muscle",
    "MSG_Unsaved=Save the changes to this session?\n{0}",
    "PROGRESS_SaveSession=Saving the session",
    "MSG_RecordsNotOpen=The patient records are not open: the session was not saved",
    "MSG_NothingToUndo=Nothing to undo.", "MSG_NothingToRedo=Nothing to redo.",
    "MSG_GuideLabel=Pattern doses are the guide's starting doses for onabotulinumtoxinA: a guide, not a prescription."
})
public final class SessionEditorTopComponent extends TopComponent {

    private final Patient patient;
    private final SessionDraft draft;
    private final TargetMuscles muscles;
    private final boolean editable;
    private Optional<Session> lastSession;
    private final UndoRedo.Manager undo = new UndoRedo.Manager();
    private final InstanceContent content = new InstanceContent();
    private final TargetTableModel targets;
    private final JTable table;
    private final HeaderPanel header;
    private final FindingsPanel findings;
    private final JLabel totals = new JLabel();
    private final JLabel status = new JLabel(" ");
    private final JToggleButton placeSites = new JToggleButton(Bundle.BTN_PlaceSites());
    // The platform's keys ("D-" is Ctrl, or Command on a Mac), which the main menu binds too.
    static final KeyStroke UNDO_KEY = Utilities.stringToKey("D-Z");
    static final KeyStroke REDO_KEY = Utilities.stringToKey("D-Y");
    static final KeyStroke REDO_KEY_TOO = Utilities.stringToKey("DS-Z");
    static final KeyStroke SAVE_KEY = Utilities.stringToKey("D-S");
    static final KeyStroke PRINT_KEY = Utilities.stringToKey("D-P");
    static final KeyStroke DELETE_KEY = KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0);
    /** The ActionMap keys the platform's global Delete and Print actions call on the active window. */
    static final String DELETE = "delete", PRINT = "print";
    private static final String UNDO = "myoplan.undo", REDO = "myoplan.redo", SAVE = "myoplan.save";
    /** The dose checks never get less: two findings must be readable without scrolling. */
    private static final int MIN_FINDINGS_HEIGHT = 80;
    private OptionalLong sessionId;
    private PlanState saved;
    private SessionSavable savable;

    /** The atlas the draft's injection sites are on: the one shown, until it changes. */
    private Atlas sitesAtlas;
    private final ChangeListener atlasChanged = e -> followAtlas();

    /** @param atlas the atlas the draft's (and the last session's) injection sites are on */
    SessionEditorTopComponent(Patient patient, SessionDraft draft, OptionalLong sessionId, Optional<Session> lastSession,
            TargetMuscles muscles, boolean editable, Atlas atlas) {
        this.sitesAtlas = atlas;
        this.patient = patient;
        this.draft = draft;
        this.sessionId = sessionId;
        this.lastSession = lastSession;
        this.muscles = muscles;
        this.editable = editable;
        this.saved = sessionId.isPresent() ? draft.state() : null; // a new plan is unsaved until kept
        this.targets = new TargetTableModel(draft, muscles, editable, this::tell);
        this.table = targetTable();
        this.header = new HeaderPanel(draft, editable, this::tell);
        this.findings = new FindingsPanel(draft, editable);
        setLayout(new BorderLayout());
        // small, so that on a small screen the window system shares the room instead of pushing the
        // other windows off the edge; the toolbar overflows and the body scrolls
        setMinimumSize(new java.awt.Dimension(320, 120));
        // the ActionMap in the lookup lets the platform's Delete and Print find this editor's actions
        associateLookup(new ProxyLookup(Lookups.fixed(patient, getActionMap()), new AbstractLookup(content)));
        add(toolbar(), BorderLayout.NORTH);
        add(EditorBody.scrolling(header, targetsAndFindings(), bottom()), BorderLayout.CENTER);
        bindKeys();
        draft.addListener((before, after, restored) -> changed(before, after, restored));
        refresh();
    }

    /** The targets beside the dose checks: the table as wide as its columns want, the checks the rest. */
    private JSplitPane targetsAndFindings() {
        findings.setName("session.findings");
        JScrollPane rows = new JScrollPane(table);
        rows.setMinimumSize(new java.awt.Dimension(200, 0));
        JSplitPane split = new TargetsSplit(rows, findings, MIN_FINDINGS_HEIGHT, () -> TargetColumns.preferredWidth(table, rows));
        split.setName("session.split");
        return split;
    }

    /** The totals and the colour legend on one line (two when narrow), a problem's message under them. */
    private JPanel bottom() {
        JPanel bottom = new JPanel(new BorderLayout());
        totals.setName("session.totals");
        status.setName("session.status.message");
        status.setForeground(new Color(170, 0, 0));
        JLabel legend = new JLabel(PlanColours.legendHtml());
        legend.setName("session.legend");
        JPanel line = new JPanel(new WrapLayout(16, 0));
        line.add(totals);
        line.add(legend);
        bottom.add(line, BorderLayout.CENTER);
        bottom.add(status, BorderLayout.SOUTH);
        return bottom;
    }

    boolean isEditable() {
        return editable;
    }

    OptionalLong sessionId() {
        return sessionId;
    }

    private JTable targetTable() {
        JTable t = new JTable(targets) {
            /** Narrower than its readable columns, the table scrolls sideways instead of cutting them. */
            @Override
            public boolean getScrollableTracksViewportWidth() {
                int readable = 0;
                for (int column = 0; column < getColumnCount(); column++) {
                    readable += getColumnModel().getColumn(column).getMinWidth();
                }
                return getParent() == null || getParent().getWidth() >= readable;
            }

            /** A text cut short in its cell ("...") is there in full when the mouse rests on it. */
            @Override
            public String getToolTipText(java.awt.event.MouseEvent e) {
                int row = rowAtPoint(e.getPoint()), column = columnAtPoint(e.getPoint());
                String text = row < 0 || column < 0 ? null : TargetColumns.cutText(this, row, column);
                return text == null || text.isBlank() ? super.getToolTipText(e) : text;
            }
        };
        t.setName("session.targets");
        t.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        t.setRowHeight(Math.max(t.getRowHeight(), 22));
        t.setDefaultEditor(Side.class, new DefaultCellEditor(new JComboBox<>(Side.values())));
        t.setDefaultEditor(Guidance.class, new DefaultCellEditor(new JComboBox<>(Guidance.values())));
        t.getColumnModel().getColumn(TargetTableModel.UNITS).setCellEditor(new UnitsCellEditor(this::tell));
        t.setDefaultRenderer(Side.class, text(v -> ((Side) v).displayName()));
        t.setDefaultRenderer(Guidance.class, text(v -> ((Guidance) v).displayName()));
        t.setDefaultRenderer(DoseBand.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable tbl, Object value, boolean sel, boolean focus, int row, int col) {
                DoseBand band = (DoseBand) value;
                Component c = super.getTableCellRendererComponent(tbl, TargetTableModel.bandText(band), sel, focus, row, col);
                if (!sel) {
                    c.setForeground(PlanColours.of(band));
                }
                return c;
            }
        });
        t.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        t.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelectedTarget();
            }
        });
        return t;
    }

    private static DefaultTableCellRenderer text(java.util.function.Function<Object, String> text) {
        return new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                super.setValue(value == null ? "" : text.apply(value));
            }
        };
    }

    /** One line of buttons; those that find no room go into the "»" menu at its end, none out of reach. */
    private JToolBar toolbar() {
        ToolbarWithOverflow bar = new ToolbarWithOverflow();
        bar.setDisplayOverflowOnHover(false); // the menu opens when asked for, not when the mouse passes
        bar.setName("session.toolbar");
        bar.setFloatable(false);
        if (editable) {
            editingButtons(bar);
            bar.addSeparator();
        }
        bar.add(button("session.frame", Bundle.BTN_ShowTargets(), Bundle.TIP_ShowTargets(), e -> PlanColours.frame(draft, muscles)));
        bar.add(button("session.export", Bundle.BTN_Export(), Bundle.TIP_Export(), e -> exportDocuments()));
        bar.add(button("session.print", Bundle.BTN_Print(), Bundle.TIP_Print(keyText(PRINT_KEY)), e -> printDocument()));
        return bar;
    }

    private void editingButtons(JToolBar bar) {
        bar.add(button("session.save", Bundle.BTN_Save(), Bundle.TIP_Save(keyText(SAVE_KEY)), e -> save()));
        bar.addSeparator();
        bar.add(button("session.addSelected", Bundle.BTN_AddSelected(), Bundle.TIP_AddSelected(), e -> addSelectedMuscles()));
        JButton pattern = button("session.addPattern", Bundle.BTN_AddPattern() + " \u25be", Bundle.TIP_AddPattern(), null);
        pattern.addActionListener(e -> patternMenu().show(pattern, 0, pattern.getHeight()));
        bar.add(pattern);
        JButton copy = button("session.copyForward", Bundle.BTN_CopyForward(), Bundle.TIP_CopyForward(), e -> copyForward());
        copy.setEnabled(lastSession.isPresent());
        bar.add(copy);
        bar.add(button("session.remove", Bundle.BTN_Remove(), Bundle.TIP_Remove(keyText(DELETE_KEY)), e -> removeSelectedTargets()));
        bar.addSeparator();
        placeSites.setName("session.placeSites");
        placeSites.setToolTipText(Bundle.TIP_PlaceSites());
        placeSites.addActionListener(e -> lendClicks(placeSites.isSelected()));
        bar.add(placeSites);
        bar.add(button("session.clearSites", Bundle.BTN_ClearSites(), null, e -> clearSites()));
    }

    /** The plan as the documents print it: what is on screen now, saved or not. */
    private Plan document() {
        return new Plan(patient, draft.earlierSessions(), draft.session(), draft.state().acknowledgements());
    }

    private void exportDocuments() {
        if (!stopEditing()) {
            return;
        }
        Plan plan = document();
        java.io.File folder = PlanDocuments.chooseFolder();
        if (folder != null) {
            PlanDocuments.export(plan, draft.reference(), folder);
        }
    }

    private void printDocument() {
        if (stopEditing()) {
            PlanDocuments.print(document(), draft.reference(), getName());
        }
    }

    private static JButton button(String name, String text, String tip, java.awt.event.ActionListener action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setToolTipText(tip);
        if (action != null) {
            b.addActionListener(action);
        }
        return b;
    }

    // --- keys ----------------------------------------------------------------------------------------

    /**
     * Ctrl+Z, Ctrl+Y (Ctrl+Shift+Z), Ctrl+S, Ctrl+P and Delete act on this plan wherever the focus is in
     * it. The main window binds the same keys to the platform's actions, which reach this editor through
     * its UndoRedo, its Savable and its ActionMap ("delete", "print"); the bindings here make the keys
     * work inside the editor first, and stop the table from taking them as typing into a cell.
     */
    private void bindKeys() {
        javax.swing.ActionMap actions = getActionMap();
        actions.put(PRINT, action(e -> printDocument()));
        if (editable) {
            actions.put(DELETE, action(e -> removeSelectedTargets()));
            actions.put(UNDO, action(e -> undoLast()));
            actions.put(REDO, action(e -> redoLast()));
            actions.put(SAVE, action(e -> save()));
        }
        for (javax.swing.JComponent c : List.of(this, table)) {
            javax.swing.InputMap keys = c.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
            keys.put(PRINT_KEY, PRINT);
            if (editable) {
                keys.put(DELETE_KEY, DELETE);
                keys.put(UNDO_KEY, UNDO);
                keys.put(REDO_KEY, REDO);
                keys.put(REDO_KEY_TOO, REDO);
                keys.put(SAVE_KEY, SAVE);
            }
        }
        for (Object key : actions.keys()) {
            table.getActionMap().put(key, actions.get(key));
        }
    }

    private static javax.swing.Action action(java.awt.event.ActionListener listener) {
        return new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                listener.actionPerformed(e);
            }
        };
    }

    /** Typing in a cell is undone first (the cell closes as it was); then the plan's last change. */
    private void undoLast() {
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        } else if (undo.canUndo()) {
            undo.undo();
        } else {
            tell(Bundle.MSG_NothingToUndo());
        }
    }

    private void redoLast() {
        if (undo.canRedo()) {
            undo.redo();
        } else {
            tell(Bundle.MSG_NothingToRedo());
        }
    }

    /** "Ctrl+S" (or "⌘S"): the key as the menus show it. */
    static String keyText(KeyStroke key) {
        String modifiers = KeyEvent.getModifiersExText(key.getModifiers());
        return (modifiers.isEmpty() ? "" : modifiers + "+") + KeyEvent.getKeyText(key.getKeyCode());
    }

    // --- changes -------------------------------------------------------------------------------------

    private void changed(PlanState before, PlanState after, boolean restored) {
        if (!restored) {
            undo.undoableEditHappened(new UndoableEditEvent(this, new PlanEdit(before, after)));
        }
        status.setText(" ");
        refresh();
    }

    private void refresh() {
        int[] rows = table.getSelectedRows();
        targets.fireTableDataChanged();
        for (int row : rows) {
            if (row < table.getRowCount()) {
                table.addRowSelectionInterval(row, row);
            }
        }
        TargetColumns.fit(table);
        header.fill();
        findings.refresh();
        totals.setText(PlanTotals.of(draft.facts()).summary());
        updateTitle();
        updateModified();
        if (isOpened()) {
            PlanColours.show(draft, muscles);
        }
    }

    private void tell(String problem) {
        status.setText(problem);
    }

    /** The tab says whose plan and which day at a glance ("Meier A. · Plan 2026-11-30"); its tooltip says it all. */
    private void updateTitle() {
        Session s = draft.session();
        String name = Bundle.TAB_Plan(PatientNames.shortForm(patient.name()), s.date());
        setName(name);
        setDisplayName(isModified() ? name + " *" : name);
        setHtmlDisplayName(isModified() ? "<html><b>" + Html.escape(name) + " *</b>" : null);
        setToolTipText(editable
                ? Bundle.TIP_Plan(patient.name(), patient.recordNumber(), patient.birthDate(), s.date(), HeaderPanel.statusText(s.status()))
                : Bundle.TIP_PlanReadOnly(patient.name(), patient.recordNumber(), patient.birthDate(), s.date(),
                        HeaderPanel.statusText(s.status())));
    }

    boolean isModified() {
        return editable && !draft.state().equals(saved);
    }

    private void updateModified() {
        if (isModified() && savable == null) {
            savable = new SessionSavable();
            savable.keep();
            content.add(savable);
        } else if (!isModified() && savable != null) {
            content.remove(savable);
            savable.forget();
            savable = null;
        }
    }

    // --- targets -------------------------------------------------------------------------------------

    private void addSelectedMuscles() {
        MuscleSelection selection = MuscleSelection.getDefault();
        if (selection == null || selection.keys().isEmpty()) {
            tell(Bundle.MSG_NothingSelected());
            return;
        }
        List<String> already = new java.util.ArrayList<>();
        for (String key : selection.keys()) {
            muscles.muscle(key).ifPresent(muscle -> {
                Side side = muscle.side();
                if (draft.hasTarget(muscle.id(), side)) {
                    already.add(muscle.label());
                } else {
                    draft.addTarget(Target.doseNeeded(muscle.id(), side, startingSites(muscle.id())));
                }
            });
        }
        selectRow(draft.targets().size() - 1);
        if (!already.isEmpty()) {
            tell(Bundle.MSG_AlreadyPlanned(String.join(", ", already)));
        }
    }

    /** The reference's fewest sites for the muscle, or one. */
    private int startingSites(String muscleId) {
        return draft.reference().range(draft.session().product(), draft.facts().population(), muscleId)
                .map(MuscleRange::sitesMin).filter(s -> s != null && s >= 1).orElse(1);
    }

    private JPopupMenu patternMenu() {
        JPopupMenu menu = new JPopupMenu();
        PatternSuggestions patterns = new PatternSuggestions(draft.reference());
        for (String pattern : patterns.patterns()) {
            JMenu item = new JMenu(pattern);
            for (Side side : Side.values()) {
                JMenuItem sided = new JMenuItem(side == Side.LEFT ? Bundle.SIDE_LEFT() : Bundle.SIDE_RIGHT());
                sided.setName("pattern." + pattern + "." + side.name());
                sided.addActionListener(e -> addPattern(patterns, pattern, side));
                item.add(sided);
            }
            menu.add(item);
        }
        return menu;
    }

    private void addPattern(PatternSuggestions patterns, String pattern, Side side) {
        List<String> already = new java.util.ArrayList<>();
        for (PatternSuggestions.Suggestion s : patterns.suggest(pattern, draft.session().product())) {
            if (draft.hasTarget(s.muscleId(), side)) {
                already.add(s.muscleName());
                continue;
            }
            draft.addTarget(s.target(side));
        }
        tell(already.isEmpty() ? Bundle.MSG_GuideLabel() : Bundle.MSG_AlreadyPlanned(String.join(", ", already)));
    }

    private void copyForward() {
        if (lastSession.isEmpty()) {
            tell(Bundle.MSG_NoLastSession());
            return;
        }
        Session last = lastSession.get();
        if (draft.copyForward(last)) {
            tell(Bundle.MSG_CopiedWithoutDoses(last.product().brand()));
        }
    }

    /** Removes the selected rows in one step, which one undo brings back. */
    private void removeSelectedTargets() {
        int[] rows = table.getSelectedRows();
        if (rows.length == 0) {
            tell(Bundle.MSG_SelectTarget());
            return;
        }
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing(); // the row goes: what was being typed in it goes too
        }
        draft.removeTargets(java.util.Arrays.stream(rows).boxed().toList());
        table.clearSelection();
        selectRow(Math.min(rows[0], draft.targets().size() - 1));
    }

    private void clearSites() {
        int row = table.getSelectedRow();
        if (row < 0) {
            tell(Bundle.MSG_SelectTarget());
            return;
        }
        Target t = draft.targets().get(row);
        draft.replaceTarget(row, t.withInjectionPoints(List.of()));
    }

    private void lendClicks(boolean on) {
        AnatomyView view = AnatomyView.getDefault();
        if (view != null) {
            view.setClickHandler(on ? this::placeSite : null);
        }
    }

    /** A click in the 3D View while placing sites: a point on the selected target's muscle, if it was hit. */
    private boolean placeSite(int x, int y) {
        int row = table.getSelectedRow();
        AnatomyView view = AnatomyView.getDefault();
        if (row < 0 || view == null) {
            tell(Bundle.MSG_SelectTarget());
            return false;
        }
        Target t = draft.targets().get(row);
        for (Muscle muscle : muscles.musclesOf(t)) {
            Optional<double[]> point = view.surfacePointAt(muscle.key(), x, y);
            if (point.isPresent()) {
                List<InjectionPoint> points = new java.util.ArrayList<>(t.injectionPoints());
                points.add(new InjectionPoint(point.get()[0], point.get()[1], point.get()[2]));
                draft.replaceTarget(row, t.withInjectionPoints(points));
                return true;
            }
        }
        return false;
    }

    private void selectRow(int row) {
        if (row >= 0 && row < table.getRowCount()) {
            table.setRowSelectionInterval(row, row);
            table.scrollRectToVisible(table.getCellRect(row, 0, true));
        }
    }

    /**
     * Takes what is being typed (a table cell, a header field) into the plan. False when a cell holds
     * units that do not read: the cell stays open with the message, and the caller does not go on.
     */
    private boolean stopEditing() {
        if (table.isEditing() && !table.getCellEditor().stopCellEditing()) {
            return false;
        }
        if (editable) {
            header.commit();
        }
        return true;
    }

    private void showSelectedTarget() {
        int row = table.getSelectedRow();
        setActivatedNodes(row < 0 || row >= draft.targets().size() ? new Node[0]
                : new Node[] {new TargetNode(draft, draft.targets().get(row), muscles, editable)});
    }

    // --- saving --------------------------------------------------------------------------------------

    /** Saves in the background; the plan stays open and marked until the records have it. */
    void save() {
        if (!stopEditing() || !isModified()) {
            return;
        }
        PlanState state = draft.state();
        Atlas atlas = sitesAtlas;
        Records.run(Bundle.PROGRESS_SaveSession(), db -> SessionStore.save(db, patient.recordNumber(), sessionId, state, atlas),
                id -> kept(id, state), this::tell);
    }

    /** For the exit dialog and the Save action: saves now, on the caller's thread. */
    private void saveNow() {
        PlanState state = draft.state();
        long id = PatientRecords.database()
                .map(db -> SessionStore.save(db, patient.recordNumber(), sessionId, state, sitesAtlas))
                .orElseThrow(() -> new IllegalStateException(Bundle.MSG_RecordsNotOpen()));
        java.awt.EventQueue.invokeLater(() -> kept(id, state));
    }

    /** The records have the plan as it was when saved: later edits stay marked unsaved. */
    private void kept(long id, PlanState state) {
        sessionId = OptionalLong.of(id);
        saved = state;
        refresh(); // the records announce the save: the patient's history and outcomes follow by themselves
    }

    @Override
    public boolean canClose() {
        if (!stopEditing()) {
            return false;
        }
        if (!isModified()) {
            return true;
        }
        Object answer = DialogDisplayer.getDefault().notify(new NotifyDescriptor.Confirmation(
                Bundle.MSG_Unsaved(getToolTipText()), NotifyDescriptor.YES_NO_CANCEL_OPTION));
        if (answer == NotifyDescriptor.YES_OPTION) {
            try {
                saveNow();
                return true;
            } catch (RuntimeException e) {
                tell(e.getMessage());
                return false;
            }
        }
        return answer == NotifyDescriptor.NO_OPTION;
    }

    @Override
    public UndoRedo getUndoRedo() {
        return editable ? undo : UndoRedo.NONE;
    }

    @Override
    protected void componentActivated() {
        PlanColours.show(draft, muscles);
    }

    @Override
    protected void componentOpened() {
        AtlasService.getDefault().addChangeListener(atlasChanged);
        followAtlas();
        PlanColours.show(draft, muscles);
        PlanColours.frame(draft, muscles);
    }

    /**
     * The atlas shown changed: the sites move onto the same muscles of the new one, in the plan and in the
     * state last saved, so that the move is no unsaved change (the records know which atlas the saved
     * sites are on). Undo cannot bring back sites of an atlas no longer shown: its history starts again.
     */
    private void followAtlas() {
        Atlas now = AtlasService.getDefault().current();
        if (now == sitesAtlas) {
            return;
        }
        SiteTransfer transfer = new SiteTransfer(sitesAtlas, now);
        sitesAtlas = now;
        lastSession = lastSession.map(transfer::transfer);
        if (saved != null) {
            saved = new PlanState(transfer.transfer(saved.session()), saved.acknowledgements());
        }
        draft.restore(new PlanState(transfer.transfer(draft.session()), draft.state().acknowledgements()));
        undo.discardAllEdits();
    }

    @Override
    protected void componentClosed() {
        AtlasService.getDefault().removeChangeListener(atlasChanged);
        if (placeSites.isSelected()) {
            lendClicks(false);
        }
        if (savable != null) {
            content.remove(savable);
            savable.forget();
            savable = null;
        }
        PlanColours.clear();
    }

    /** One change of the plan, undone by putting the state before it back. */
    private final class PlanEdit extends AbstractUndoableEdit {
        private final PlanState before;
        private final PlanState after;

        PlanEdit(PlanState before, PlanState after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public void undo() {
            super.undo();
            draft.restore(before);
        }

        @Override
        public void redo() {
            super.redo();
            draft.restore(after);
        }
    }

    /**
     * The unsaved session, for the platform's Save action (as a Savable, and as the SaveCookie older
     * actions look for) and its exit dialog.
     */
    private final class SessionSavable extends org.netbeans.spi.actions.AbstractSavable implements SaveCookie {

        void keep() {
            register();
        }

        void forget() {
            unregister();
        }

        @Override
        protected String findDisplayName() {
            return SessionEditorTopComponent.this.getToolTipText();
        }

        @Override
        protected void handleSave() throws java.io.IOException {
            try {
                saveNow();
            } catch (RuntimeException e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SessionSavable s && s.editor() == editor();
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(editor());
        }

        private SessionEditorTopComponent editor() {
            return SessionEditorTopComponent.this;
        }
    }

}
