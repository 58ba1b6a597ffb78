package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.sites.SitePlacement;
import org.myoplan.model.InjectionPoint;
import org.myoplan.planning.SiteGuide;
import org.myoplan.ui.support.Background;
import org.myoplan.viewer.api.AnatomyView;
import org.myoplan.viewer.api.WindowModes;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.LookupEvent;
import org.openide.util.LookupListener;
import org.openide.util.NbBundle.Messages;
import org.openide.util.Utilities;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * Injection Guidance: where to inject the target selected in a session editor. The caveat once; the
 * suggested sites of its muscle from the reference table, each with its source and status (never averaged,
 * never invented: a muscle without a sourced site says so); for the selected site its landmarks and
 * fraction, offset, depth, position, what to avoid and the source; the plan's own injection points in
 * words; and Use Suggested Sites. The sites are drawn on the 3D View as lettered diamonds. It follows the
 * selected target anywhere and keeps showing the last one while the selection holds none.
 */
@TopComponent.Description(preferredID = GuidanceTopComponent.ID, iconBase = "org/myoplan/planning/ui/target.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = WindowModes.GUIDANCE, openAtStartup = false, position = 10)
@ActionID(category = "Window", id = "org.myoplan.planning.ui.GuidanceTopComponent")
@ActionReference(path = "Menu/Window", position = 30)
@TopComponent.OpenActionRegistration(displayName = "#CTL_GuidanceAction", preferredID = GuidanceTopComponent.ID)
@Messages({
    "CTL_GuidanceAction=Injection Guidance",
    "CTL_GuidanceTopComponent=Guidance",
    "HINT_GuidanceTopComponent=Where to inject the selected target: suggested sites with their sources",
    "MSG_NoTarget=Select a target in a plan to see where to inject it.",
    "MSG_Placing=Placing the suggested sites...",
    "# {0} - target", "# {1} - how many sites",
    "LBL_Sites={0}: {1,choice,1#1 suggested site|1<{1,number,integer} suggested sites}",
    "# {0} - target",
    "LBL_NoSites={0}: the reference table has no sourced site for this muscle. Find it from its anatomy and"
            + " confirm with ultrasound or electrical stimulation.",
    "BTN_UseSites=Use Suggested Sites",
    "TIP_UseSites=Adds the selected suggested sites (or all that are placed, when none is selected) as the"
            + " target's injection points; nerve-block targets are never added. Undo takes them back.",
    "MSG_NothingToUse=None of these sites is placed on this atlas as an injection site: nothing to add.",
    "# {0} - reason",
    "MSG_PlacingFailed=The suggested sites could not be placed: {0}"
})
public final class GuidanceTopComponent extends TopComponent implements LookupListener {

    static final String ID = "GuidanceTopComponent";
    private static final long serialVersionUID = 1L;
    private static final Background PLACER = new Background("Injection guidance");
    private static final Color SUGGESTED = new Color(0, 120, 215);

    private final JTextArea caveat = new JTextArea(SiteGuide.caveat());
    private final JLabel title = new JLabel(Bundle.MSG_NoTarget());
    private final GuidanceSites sites = new GuidanceSites();
    private final JTable sitesTable = new JTable(sites);
    private final JEditorPane details = new JEditorPane("text/html", "");
    private final JEditorPane points = new JEditorPane("text/html", "");
    private final JButton use = new JButton(Bundle.BTN_UseSites());
    private transient Lookup.Result<TargetSites> selection;
    /** The shown target's editor's own lookup: its changes show even while the focus is here. */
    private transient Lookup.Result<TargetSites> followed;
    private final transient LookupListener editorChanged = e -> followedChanged();
    private transient TargetSites shown;
    private transient SiteGuide guide;
    /** Counts the placings, so that one for a target no longer shown is dropped. */
    private int placing;

    public GuidanceTopComponent() {
        setName(Bundle.CTL_GuidanceTopComponent());
        setToolTipText(Bundle.HINT_GuidanceTopComponent());
        setLayout(new BorderLayout());
        setMinimumSize(new Dimension(120, 100)); // small: on a laptop the window system shares the room
        add(top(), BorderLayout.NORTH);
        add(body(), BorderLayout.CENTER);
        add(buttons(), BorderLayout.SOUTH);
        sitesTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showDetails();
            }
        });
        use.addActionListener(e -> useSites());
        show(null);
    }

    /**
     * Opens the window beside the 3D View (Where to Inject in a plan's toolbar) without taking the focus
     * from the plan, whose selected target it then shows.
     */
    static void showBesideTheModel() {
        GuidanceTopComponent guidance = find();
        if (!guidance.isOpened()) {
            guidance.open();
        }
        guidance.requestVisible();
    }

    /** The window, found or made. */
    static GuidanceTopComponent find() {
        TopComponent found = WindowManager.getDefault().findTopComponent(ID);
        return found instanceof GuidanceTopComponent guidance ? guidance : new GuidanceTopComponent();
    }

    private JPanel top() {
        caveat.setName("guidance.caveat");
        caveat.setEditable(false);
        caveat.setLineWrap(true);
        caveat.setWrapStyleWord(true);
        caveat.setFont(caveat.getFont().deriveFont(caveat.getFont().getSize2D() - 2f));
        caveat.setBackground(new Color(255, 244, 214));
        caveat.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        title.setName("guidance.target");
        title.setBorder(BorderFactory.createEmptyBorder(6, 6, 4, 6));
        JPanel top = new JPanel(new BorderLayout());
        top.add(caveat, BorderLayout.NORTH);
        top.add(title, BorderLayout.SOUTH);
        return top;
    }

    private JSplitPane body() {
        sitesTable.setName("guidance.sites");
        sitesTable.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        sitesTable.setFillsViewportHeight(true);
        GuidanceSites.fitColumns(sitesTable);
        details.setName("guidance.details");
        details.setEditable(false);
        points.setName("guidance.points");
        points.setEditable(false);
        JSplitPane lower = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(details),
                new JScrollPane(points));
        lower.setResizeWeight(0.6);
        lower.setBorder(null);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(sitesTable), lower);
        split.setResizeWeight(0.4);
        split.setBorder(null);
        return split;
    }

    private JPanel buttons() {
        use.setName("guidance.use");
        use.setToolTipText(Bundle.TIP_UseSites());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING));
        buttons.add(use);
        return buttons;
    }

    @Override
    protected void componentOpened() {
        selection = Utilities.actionsGlobalContext().lookupResult(TargetSites.class);
        selection.addLookupListener(this);
        resultChanged(null);
    }

    @Override
    protected void componentClosed() {
        selection.removeLookupListener(this);
        selection = null;
        show(null);
    }

    /** A target selected anywhere; while none is (the focus is in the 3D View, or here) the last one stays. */
    @Override
    public void resultChanged(LookupEvent event) {
        if (selection != null) {
            selection.allInstances().stream().findFirst().ifPresent(this::show);
        }
    }

    /** The editor of the shown target closed: its target is no longer anyone's to use. */
    void editorClosed(Object editor) {
        if (shown != null && shown.editor() == editor) {
            show(null);
        }
    }

    /** The followed editor published its target anew (a change, or another row): show it. */
    private void followedChanged() {
        if (followed != null) {
            followed.allInstances().stream().findFirst().ifPresent(this::show);
        }
    }

    /** Follows the lookup of the editor the shown target comes from, and only that one. */
    private void follow(TargetSites target) {
        Object editor = target == null ? null : target.editor();
        if (shown != null && shown.editor() == editor && followed != null) {
            return;
        }
        if (followed != null) {
            followed.removeLookupListener(editorChanged);
            followed = null;
        }
        if (editor instanceof Lookup.Provider provider) {
            followed = provider.getLookup().lookupResult(TargetSites.class);
            followed.addLookupListener(editorChanged);
            followed.allInstances(); // a result reports changes only once it has been asked
        }
    }

    /** Shows a target's guidance (null: none), placing its suggested sites in the background. */
    void show(TargetSites target) {
        follow(target);
        shown = target;
        int mine = ++placing;
        sites.show(List.of());
        details.setText("");
        points.setText("");
        use.setEnabled(false);
        if (target == null) {
            title.setText(Bundle.MSG_NoTarget());
            clearMarkers();
            return;
        }
        title.setText(Bundle.MSG_Placing());
        PLACER.run(Bundle.MSG_Placing(), () -> placed(target), result -> {
            if (mine == placing) {
                showPlaced(target, result);
            }
        }, failure -> {
            if (mine == placing) {
                title.setText(Bundle.MSG_PlacingFailed(failure.getMessage()));
            }
        });
    }

    /** What the background work hands back: the guide of the target's atlas and its muscles' sites there. */
    private record Placed(SiteGuide guide, List<SitePlacement> sites, String pointsHtml) {
    }

    private static Placed placed(TargetSites target) {
        SiteGuide guide = SiteGuide.of(target.atlas());
        return new Placed(guide, guide.suggestions(target.muscles()), GuidanceText.points(guide, target));
    }

    private void showPlaced(TargetSites target, Placed result) {
        guide = result.guide();
        sites.show(result.sites());
        GuidanceSites.fitColumns(sitesTable);
        title.setText(result.sites().isEmpty() ? Bundle.LBL_NoSites(target.label())
                : Bundle.LBL_Sites(target.label(), result.sites().size()));
        title.setToolTipText(title.getText());
        points.setText(result.pointsHtml());
        points.setCaretPosition(0);
        use.setEnabled(target.editable() && !SiteGuide.pointsToUse(result.sites()).isEmpty());
        showMarkers(result.sites());
        showDetails();
    }

    private void showDetails() {
        int row = sitesTable.getSelectedRow();
        List<SitePlacement> all = sites.placements();
        if (guide == null || all.isEmpty()) {
            details.setText("");
            return;
        }
        SitePlacement site = all.get(row < 0 ? 0 : sitesTable.convertRowIndexToModel(row));
        details.setText(GuidanceText.site(guide, site, GuidanceSites.letter(all.indexOf(site))));
        details.setCaretPosition(0);
    }

    /** The selected sites, or all placed ones when none is selected, added to the target in one change. */
    private void useSites() {
        if (shown == null || !shown.editable()) {
            return;
        }
        int[] rows = sitesTable.getSelectedRows();
        List<SitePlacement> chosen = rows.length == 0 ? sites.placements()
                : Arrays.stream(rows).map(sitesTable::convertRowIndexToModel).mapToObj(sites.placements()::get)
                        .toList();
        List<InjectionPoint> adding = SiteGuide.pointsToUse(chosen);
        Optional<String> refused = adding.isEmpty() ? Optional.of(Bundle.MSG_NothingToUse())
                : shown.use().apply(adding);
        refused.ifPresent(why -> title.setText(why));
    }

    /** The suggested sites on the 3D View: a lettered diamond each, a zone's ends as dots. */
    private static void showMarkers(List<SitePlacement> placements) {
        AnatomyView view = AnatomyView.getDefault();
        if (view == null) {
            return;
        }
        List<AnatomyView.Marker> markers = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            SitePlacement site = placements.get(i);
            if (!site.placed()) {
                continue;
            }
            if (site.isZone()) {
                for (int end : new int[] {0, 2}) {
                    Vec3 p = site.points().get(end);
                    markers.add(new AnatomyView.Marker(p.x(), p.y(), p.z(), SUGGESTED, "",
                            AnatomyView.Marker.Kind.ZONE));
                }
            }
            Vec3 p = site.point();
            markers.add(new AnatomyView.Marker(p.x(), p.y(), p.z(), SUGGESTED, GuidanceSites.letter(i),
                    AnatomyView.Marker.Kind.SUGGESTED));
        }
        view.setGuideMarkers(markers);
    }

    private static void clearMarkers() {
        AnatomyView view = AnatomyView.getDefault();
        if (view != null) {
            view.setGuideMarkers(List.of());
        }
    }
}
