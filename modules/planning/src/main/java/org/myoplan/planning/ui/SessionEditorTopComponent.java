package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.event.ChangeListener;
import org.myoplan.atlas.Atlas;
import org.myoplan.documents.ui.api.PlanDocuments;
import org.myoplan.model.Patient;
import org.myoplan.model.Plan;
import org.myoplan.model.Session;
import org.myoplan.model.Target;
import org.myoplan.planning.PatientNames;
import org.myoplan.planning.PlanState;
import org.myoplan.planning.PlanTotals;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.SiteGuide;
import org.myoplan.planning.SiteTransfer;
import org.myoplan.planning.TargetChanges;
import org.myoplan.planning.TargetMuscles;
import org.myoplan.ui.support.Html;
import org.myoplan.viewer.api.AtlasService;
import org.openide.awt.UndoRedo;
import org.openide.nodes.Node;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.AbstractLookup;
import org.openide.util.lookup.InstanceContent;
import org.openide.util.lookup.Lookups;
import org.openide.util.lookup.ProxyLookup;
import org.openide.windows.TopComponent;

/**
 * One session of one patient, opened for planning (or read-only, from the history): the header, the
 * targets table, the dose checks renewed with every change, the totals, and the plan drawn in the 3D
 * View. Every change is undoable (Edit > Undo, Ctrl+Z); unsaved changes mark the tab and are asked
 * about on close, and on exit through the platform's Savable registry. The window shows and forwards:
 * the targets' commands, the undo, the saving and the keys each have their own class.
 */
@TopComponent.Description(preferredID = "SessionEditor", iconBase = "org/myoplan/planning/ui/session.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - patient's surname and initial", "# {1} - date",
    "TAB_Plan={0} \u00b7 Plan {1}",
    "# {0} - patient", "# {1} - record number", "# {2} - birth date", "# {3} - session date", "# {4} - status",
    "TIP_Plan=Plan of {0}, record {1}, born {2}: session of {3}, {4}",
    "# {0} - patient", "# {1} - record number", "# {2} - birth date", "# {3} - session date", "# {4} - status",
    "TIP_PlanReadOnly=Plan of {0}, record {1}, born {2}: session of {3}, {4} (read-only)"
})
public final class SessionEditorTopComponent extends TopComponent {

    /** The dose checks never get less: two findings must be readable without scrolling. */
    private static final int MIN_FINDINGS_HEIGHT = 80;
    private final Patient patient;
    private final SessionDraft draft;
    private final TargetChanges changes;
    private final TargetMuscles muscles;
    private final boolean editable;
    private final InstanceContent content = new InstanceContent();
    /** The selected target as the Injection Guidance window sees it (TargetSites), in this window's lookup. */
    private final InstanceContent selectedTarget = new InstanceContent();
    private final TargetsTable table;
    private final TargetCommands targets;
    private final HeaderPanel header;
    private final FindingsPanel findings;
    private final PlanUndo undo;
    private final SessionSaving saving;
    private final JLabel totals = new JLabel();
    private final JLabel status = new JLabel(" ");
    private final ChangeListener atlasChanged = e -> followAtlas();

    /** @param atlas the atlas the draft's (and the last session's) injection sites are on */
    SessionEditorTopComponent(Patient patient, SessionDraft draft, OptionalLong sessionId,
            Optional<Session> lastSession, TargetMuscles muscles, boolean editable, Atlas atlas) {
        this.patient = patient;
        this.draft = draft;
        this.changes = new TargetChanges(draft, muscles);
        this.muscles = muscles;
        this.editable = editable;
        this.table = new TargetsTable(new TargetTableModel(draft, changes, muscles, editable, this::tell), this::tell);
        this.targets = new TargetCommands(draft, changes, muscles, lastSession, table, this::tell);
        this.header = new HeaderPanel(draft, editable, this::tell);
        this.findings = new FindingsPanel(draft, editable);
        this.undo = new PlanUndo(draft, table::dropTyping, this::tell);
        this.saving = new SessionSaving(patient, draft, sessionId, editable, content, this::getToolTipText,
                this::refresh, this::tell, atlas);
        setLayout(new BorderLayout());
        // small, so that on a small screen the window system shares the room instead of pushing the
        // other windows off the edge; the toolbar overflows and the body scrolls
        setMinimumSize(new Dimension(320, 120));
        // the ActionMap in the lookup lets the platform's Delete and Print find this editor's actions
        associateLookup(new ProxyLookup(Lookups.fixed(patient, getActionMap()), new AbstractLookup(content),
                new AbstractLookup(selectedTarget)));
        Forwarding forwarding = new Forwarding();
        add(new SessionToolbar(editable, targets, forwarding), BorderLayout.NORTH);
        add(EditorBody.scrolling(header, targetsAndFindings(), bottom()), BorderLayout.CENTER);
        EditorKeys.bind(this, table, editable, forwarding);
        table.describePointsWith(this::pointsInWords);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelectedTarget();
            }
        });
        draft.addListener((before, after, restored) -> changed());
        refresh();
    }

    /** The targets beside the dose checks: the table as wide as its columns want, the checks the rest. */
    private JSplitPane targetsAndFindings() {
        findings.setName("session.findings");
        JScrollPane rows = new JScrollPane(table);
        rows.setMinimumSize(new Dimension(200, 0));
        JSplitPane split = new TargetsSplit(rows, findings, MIN_FINDINGS_HEIGHT,
                () -> TargetColumns.preferredWidth(table, rows));
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
        return saving.sessionId();
    }

    boolean isModified() {
        return saving.isModified();
    }

    /** Saves in the background; the plan stays open and marked until the records have it. */
    void save() {
        saving.save(this::stopEditing);
    }

    // --- changes -------------------------------------------------------------------------------------

    private void changed() {
        status.setText(" ");
        refresh();
    }

    private void refresh() {
        table.showChanges();
        header.fill();
        findings.refresh();
        totals.setText(PlanTotals.of(draft.facts()).summary());
        updateTitle();
        saving.follow();
        if (isOpened()) {
            PlanColours.show(draft, muscles);
            showSelectedTarget(); // the guidance and the properties see the target as changed
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
        String status = HeaderPanel.statusText(s.status());
        setToolTipText(editable
                ? Bundle.TIP_Plan(patient.name(), patient.recordNumber(), patient.birthDate(), s.date(), status)
                : Bundle.TIP_PlanReadOnly(patient.name(), patient.recordNumber(), patient.birthDate(), s.date(),
                        status));
    }

    /** A target's injection points in words, numbered as on the model; null when it has none. */
    private String pointsInWords(int row) {
        Target target = row < draft.targets().size() ? draft.targets().get(row) : null;
        if (target == null || target.injectionPoints().isEmpty()) {
            return null;
        }
        List<String> words = SiteGuide.of(SitesOnAtlas.current()).describeAll(target.injectionPoints(),
                target.side(), draft.session().limbLengths());
        StringBuilder html = new StringBuilder("<html>");
        for (int i = 0; i < words.size(); i++) {
            html.append(i + 1).append(". ").append(Html.escape(words.get(i))).append("<br>");
        }
        return html.toString();
    }

    /** The selected target for the Properties and Injection Guidance windows, as it is now. */
    private void showSelectedTarget() {
        int row = table.getSelectedRow();
        if (row < 0 || row >= draft.targets().size()) {
            setActivatedNodes(new Node[0]);
            selectedTarget.set(List.of(), null);
            return;
        }
        Target target = draft.targets().get(row);
        TargetSites sites = new TargetSites(this, muscles.name(target.muscleId()) + " (" + target.side().displayName()
                + ")", target.side(), muscles.musclesOf(target), SitesOnAtlas.current(), target.injectionPoints(),
                draft.session().limbLengths(), editable ? points -> changes.usePoints(row, points) : null);
        setActivatedNodes(new Node[] {new TargetNode(draft, changes, target, muscles, editable)});
        selectedTarget.set(List.of(sites), null);
    }

    /**
     * Takes what is being typed (a table cell, a header field) into the plan. False when a cell holds
     * units that do not read: the cell stays open with the message, and the caller does not go on.
     */
    private boolean stopEditing() {
        if (!table.takeTyping()) {
            return false;
        }
        if (editable) {
            header.commit();
        }
        return true;
    }

    // --- documents -----------------------------------------------------------------------------------

    /** The plan as the documents print it: what is on screen now, saved or not. */
    private Plan document() {
        return new Plan(patient, draft.earlierSessions(), draft.session(), draft.state().acknowledgements());
    }

    private void exportDocuments() {
        if (!stopEditing()) {
            return;
        }
        Plan plan = document();
        File folder = PlanDocuments.chooseFolder();
        if (folder != null) {
            PlanDocuments.export(plan, draft.reference(), folder);
        }
    }

    private void printDocument() {
        if (stopEditing()) {
            PlanDocuments.print(document(), draft.reference(), getName());
        }
    }

    // --- the window ----------------------------------------------------------------------------------

    @Override
    public boolean canClose() {
        return stopEditing() && saving.mayClose();
    }

    @Override
    public UndoRedo getUndoRedo() {
        return editable ? undo.steps() : UndoRedo.NONE;
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
     * The atlas shown changed: the sites move onto the same muscles of the new one, in the plan, the
     * last session and the state last saved. Undo cannot bring back sites of an atlas no longer shown:
     * its history starts again.
     */
    private void followAtlas() {
        Atlas now = AtlasService.getDefault().current();
        if (now == saving.sitesAtlas()) {
            return;
        }
        SiteTransfer transfer = new SiteTransfer(saving.sitesAtlas(), now);
        saving.sitesMoved(transfer, now);
        targets.lastSessionMoved(transfer);
        draft.restore(new PlanState(transfer.transfer(draft.session()), draft.state().acknowledgements()));
        undo.forgetAll();
    }

    @Override
    protected void componentClosed() {
        AtlasService.getDefault().removeChangeListener(atlasChanged);
        targets.stopPlacingSites();
        saving.forget();
        PlanColours.clear();
        GuidanceTopComponent.find().editorClosed(this);
    }

    /** What the toolbar and the keys ask of this editor, forwarded to the part that does it. */
    private final class Forwarding implements SessionToolbar.Editor, EditorKeys.Commands {
        @Override
        public void save() {
            SessionEditorTopComponent.this.save();
        }

        @Override
        public void showTargets() {
            PlanColours.frame(draft, muscles);
        }

        @Override
        public void exportDocuments() {
            SessionEditorTopComponent.this.exportDocuments();
        }

        @Override
        public void printDocument() {
            SessionEditorTopComponent.this.printDocument();
        }

        @Override
        public void removeSelectedTargets() {
            targets.removeSelectedTargets();
        }

        @Override
        public void undo() {
            undo.undoLast();
        }

        @Override
        public void redo() {
            undo.redoLast();
        }
    }
}
