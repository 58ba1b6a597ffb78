package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.Font;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.event.ChangeListener;
import javax.swing.table.AbstractTableModel;
import org.myoplan.atlas.Atlas;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Patient;
import org.myoplan.model.Session;
import org.myoplan.model.Target;
import org.myoplan.planning.PatientNames;
import org.myoplan.planning.PlanState;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.SiteGuide;
import org.myoplan.planning.SiteTransfer;
import org.myoplan.planning.TargetMuscles;
import org.myoplan.ui.support.Html;
import org.myoplan.viewer.api.AtlasService;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.Lookups;
import org.openide.windows.TopComponent;

/**
 * What a therapist needs before a session: which muscles were treated, on which side, with which
 * notes, emphasised in the 3D View. Nothing here can be changed: the table is read-only and there is
 * no editing action, by design rather than by disabled buttons.
 */
@TopComponent.Description(preferredID = "TherapistView", iconBase = "org/myoplan/planning/ui/patient.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - patient's surname and initial", "# {1} - date",
    "TAB_Therapist={0} \u00b7 Therapist {1}",
    "# {0} - patient", "# {1} - record number", "# {2} - birth date", "# {3} - session date", "# {4} - status",
    "TIP_Therapist=Therapist view of {0}, record {1}, born {2}: session of {3}, {4}",
    "# {0} - patient", "# {1} - date", "# {2} - product", "# {3} - status",
    "LBL_TherapistHeader=<html><b>{0}</b> &mdash; session of {1}, {2}, {3}",
    "COL_TargetNotes=Notes for the therapist",
    "LBL_WhereInjected=Where the sites are",
    "MSG_NoSitesPlaced=No injection point was placed in this plan.",
    "LBL_SessionNotes=Session notes"
})
public final class TherapistTopComponent extends TopComponent {

    /** Moves the sites of the session shown onto the atlas shown, off the event thread (SitesOnAtlas). */
    private static final RequestProcessor SITES = new RequestProcessor("Therapist view sites", 1);

    private final SessionDraft draft;
    private final TargetMuscles muscles;
    private final long sessionId;
    private final ChangeListener atlasChanged = e -> followAtlas();
    /** The atlas the sites shown are on. */
    private Atlas sitesAtlas;
    /** Each target's injection points in words, as the injector measures them. */
    private final JEditorPane whereInjected = new JEditorPane("text/html", "");

    private TherapistTopComponent(Patient patient, StoredSession stored, Session session, Atlas atlas,
            TargetMuscles muscles) {
        this.sitesAtlas = atlas;
        this.muscles = muscles;
        // the draft only serves the colours; it is never edited here
        this.draft = new SessionDraft(patient, List.of(), PlanningReference.get(), new PlanState(session, List.of()));
        this.sessionId = stored.id();
        setName(Bundle.TAB_Therapist(PatientNames.shortForm(patient.name()), session.date()));
        setToolTipText(Bundle.TIP_Therapist(patient.name(), patient.recordNumber(), patient.birthDate(), session.date(),
                HeaderPanel.statusText(session.status())));
        associateLookup(Lookups.fixed(patient));
        setLayout(new BorderLayout(4, 4));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JLabel header = new JLabel(Bundle.LBL_TherapistHeader(Html.escape(patient.name()), session.date(),
                session.product().brand(), HeaderPanel.statusText(session.status())));
        header.setFont(header.getFont().deriveFont(Font.PLAIN, header.getFont().getSize2D() + 2));
        add(header, BorderLayout.NORTH);
        JTable targets = new JTable(new TargetsModel(session.targets()));
        targets.setName("therapist.targets");
        targets.setRowHeight(Math.max(targets.getRowHeight(), 22));
        whereInjected.setName("therapist.sites");
        whereInjected.setEditable(false);
        JSplitPane centre = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(targets),
                new JScrollPane(whereInjected));
        centre.setResizeWeight(0.5);
        centre.setBorder(null);
        add(centre, BorderLayout.CENTER);
        JTextArea notes = new JTextArea(session.notes(), 3, 40);
        notes.setName("therapist.notes");
        notes.setEditable(false);
        notes.setLineWrap(true);
        notes.setWrapStyleWord(true);
        JPanel south = new JPanel(new BorderLayout());
        south.setBorder(BorderFactory.createTitledBorder(Bundle.LBL_SessionNotes()));
        south.add(new JScrollPane(notes));
        add(south, BorderLayout.SOUTH);
    }

    /** Opens the therapist's view of a session, or brings forward the one already open. */
    static void openFor(Patient patient, StoredSession stored, TargetMuscles muscles) {
        for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
            if (tc instanceof TherapistTopComponent open && open.sessionId == stored.id()) {
                open.requestActive();
                return;
            }
        }
        SITES.post(() -> {
            SitesOnAtlas.Placed placed = SitesOnAtlas.onCurrent(stored);
            EventQueue.invokeLater(() -> SessionEditors.openBesideTheModel(
                    new TherapistTopComponent(patient, stored, placed.session(), placed.atlas(), muscles)));
        });
    }

    @Override
    protected void componentOpened() {
        AtlasService.getDefault().addChangeListener(atlasChanged);
        followAtlas();
        PlanColours.show(draft, muscles);
        PlanColours.frame(draft, muscles);
        describeSites();
    }

    /** Describes the sites in words off the event thread (the atlas's landmarks may be located first). */
    private void describeSites() {
        Session session = draft.session();
        Atlas atlas = sitesAtlas;
        SITES.post(() -> {
            String html = sitesHtml(SiteGuide.of(atlas), session);
            EventQueue.invokeLater(() -> {
                whereInjected.setText(html);
                whereInjected.setCaretPosition(0);
            });
        });
    }

    private String sitesHtml(SiteGuide guide, Session session) {
        StringBuilder html = new StringBuilder("<html><body style='font-family:sans-serif'><b>")
                .append(Bundle.LBL_WhereInjected()).append("</b>");
        boolean any = false;
        for (Target t : session.targets()) {
            if (t.injectionPoints().isEmpty()) {
                continue;
            }
            any = true;
            html.append("<p>").append(Html.escape(muscles.name(t.muscleId()) + " (" + t.side().displayName() + ")"))
                    .append("<ol style='margin-top:0'>");
            for (String words : guide.describeAll(t.injectionPoints(), t.side(), session.limbLengths())) {
                html.append("<li>").append(Html.escape(words)).append("</li>");
            }
            html.append("</ol>");
        }
        return html.append(any ? "" : "<br>" + Bundle.MSG_NoSitesPlaced()).append("</body></html>").toString();
    }

    /** The atlas shown changed: the sites move onto the same muscles of the new one. */
    private void followAtlas() {
        Atlas now = AtlasService.getDefault().current();
        if (now != sitesAtlas) {
            Session moved = new SiteTransfer(sitesAtlas, now).transfer(draft.session());
            sitesAtlas = now;
            draft.restore(new PlanState(moved, List.of()));
            if (isOpened()) {
                PlanColours.show(draft, muscles);
                describeSites();
            }
        }
    }

    @Override
    protected void componentActivated() {
        PlanColours.show(draft, muscles);
    }

    @Override
    protected void componentClosed() {
        AtlasService.getDefault().removeChangeListener(atlasChanged);
        PlanColours.clear();
    }

    /** Muscle, side, units, sites, guidance, notes: every cell read-only. */
    private final class TargetsModel extends AbstractTableModel {
        private final List<Target> rows;

        TargetsModel(List<Target> rows) {
            this.rows = rows;
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 6;
        }

        @Override
        public String getColumnName(int column) {
            return List.of(Bundle.COL_Muscle(), Bundle.COL_Side(), Bundle.COL_Units(), Bundle.COL_Sites(),
                    Bundle.COL_Guidance(), Bundle.COL_TargetNotes()).get(column);
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }

        @Override
        public Object getValueAt(int row, int column) {
            Target t = rows.get(row);
            return switch (column) {
                case 0 -> muscles.name(t.muscleId());
                case 1 -> t.side().displayName();
                case 2 -> t.hasDose() ? t.units().stripTrailingZeros().toPlainString() : "";
                case 3 -> t.sites();
                case 4 -> t.guidance().displayName();
                default -> t.notes();
            };
        }
    }
}
