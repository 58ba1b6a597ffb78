package org.myoplan.viewer.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyVetoException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.swing.JList;
import javax.swing.JTextField;
import javax.swing.event.ChangeListener;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.MuscleSearch;
import org.myoplan.ui.support.TextChanges;
import org.myoplan.viewer.api.AtlasService;
import org.myoplan.viewer.api.MuscleSelection;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.ExplorerUtils;
import org.openide.explorer.view.ListView;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * The Muscles window: every muscle of the atlas, filtered as the clinician types (name, synonym,
 * abbreviation, typos forgiven). Its selection and the 3D View's are one: selecting here highlights
 * in 3D, clicking in 3D selects here.
 */
@TopComponent.Description(preferredID = MusclesTopComponent.ID, iconBase = "org/myoplan/viewer/ui/muscle.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "explorer", openAtStartup = true, position = 50)
@ActionID(category = "Window", id = "org.myoplan.viewer.ui.MusclesTopComponent")
@ActionReference(path = "Menu/Window", position = 20)
@TopComponent.OpenActionRegistration(displayName = "#CTL_MusclesAction", preferredID = MusclesTopComponent.ID)
@Messages({
    "CTL_MusclesAction=Muscles",
    "CTL_MusclesTopComponent=Muscles",
    "HINT_MusclesTopComponent=Find muscles by name, synonym or abbreviation (FCR, sublimis...)",
    "HINT_MuscleSearch=Type a muscle's name, synonym or abbreviation; 'left' or 'right' narrows the side"
})
public final class MusclesTopComponent extends TopComponent implements ExplorerManager.Provider {

    static final String ID = "MusclesTopComponent";
    static final String SEARCH_NAME = "muscles.search";
    static final String LIST_NAME = "muscles.list";

    private final ExplorerManager manager = new ExplorerManager();
    private final AtlasService atlases = AtlasService.getDefault();
    private final ChangeListener atlasChanged = e -> followAtlas();
    private Atlas atlas = atlases.current();
    private MuscleSearch search = new MuscleSearch(atlas);
    private final MuscleSelection selection = MuscleSelection.getDefault();
    private final JTextField query = new JTextField();
    /** True while this window itself changes one selection from the other, to stop the echo. */
    private boolean syncing;

    public MusclesTopComponent() {
        setName(Bundle.CTL_MusclesTopComponent());
        setToolTipText(Bundle.HINT_MusclesTopComponent());
        setLayout(new BorderLayout());
        query.setName(SEARCH_NAME);
        query.setToolTipText(Bundle.HINT_MuscleSearch());
        TextChanges.onChange(this::filter, query);
        ListView list = new ListView();
        list.getViewport().getView().setName(LIST_NAME);
        add(query, BorderLayout.NORTH);
        add(list, BorderLayout.CENTER);
        associateLookup(ExplorerUtils.createLookup(manager, getActionMap()));
        show(allMuscles());
        manager.addPropertyChangeListener(this::listSelectionChanged);
        selection.addChangeListener(e -> viewSelectionChanged());
    }

    @Override
    protected void componentOpened() {
        atlases.addChangeListener(atlasChanged);
        followAtlas(); // the atlas may have changed while the window was closed
    }

    @Override
    protected void componentClosed() {
        atlases.removeChangeListener(atlasChanged);
    }

    /** Lists the muscles of the application's atlas, filtered as before, the selection kept. */
    private void followAtlas() {
        Atlas now = atlases.current();
        if (now != atlas) {
            atlas = now;
            search = new MuscleSearch(now);
            filter();
        }
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return manager;
    }

    private List<Muscle> allMuscles() {
        List<Muscle> muscles = new ArrayList<>(atlas.muscles());
        muscles.sort(Comparator.comparing(Muscle::displayName).thenComparing(Muscle::side));
        return muscles;
    }

    private void show(List<Muscle> muscles) {
        Children.Array children = new Children.Array();
        children.add(muscles.stream().map(MuscleNode::new).toArray(Node[]::new));
        AbstractNode root = new AbstractNode(children);
        root.setDisplayName(Bundle.CTL_MusclesTopComponent());
        syncing = true;
        try {
            manager.setRootContext(root);
        } finally {
            syncing = false;
        }
        selectNodes(selection.keys());
    }

    private void listSelectionChanged(PropertyChangeEvent event) {
        if (syncing || !ExplorerManager.PROP_SELECTED_NODES.equals(event.getPropertyName())) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (Node node : manager.getSelectedNodes()) {
            if (node instanceof MuscleNode muscleNode) {
                keys.add(muscleNode.muscle().key());
            }
        }
        syncing = true;
        try {
            selection.select(keys);
        } finally {
            syncing = false;
        }
    }

    private void viewSelectionChanged() {
        if (syncing) {
            return;
        }
        Set<String> keys = selection.keys();
        boolean allListed = keys.stream().allMatch(key -> find(key) != null);
        if (!allListed) {
            query.setText(""); // a muscle picked in 3D but filtered out here: show the whole list again
        }
        selectNodes(keys);
    }

    private void selectNodes(Set<String> keys) {
        List<Node> nodes = new ArrayList<>();
        for (String key : keys) {
            Node node = find(key);
            if (node != null) {
                nodes.add(node);
            }
        }
        syncing = true;
        try {
            manager.setSelectedNodes(nodes.toArray(Node[]::new));
        } catch (PropertyVetoException e) {
            // the explorer refused the selection; the 3D View keeps it
        } finally {
            syncing = false;
        }
        if (!nodes.isEmpty()) {
            JList<?> list = (JList<?>) findList();
            if (list != null && list.getSelectedIndex() >= 0) {
                list.ensureIndexIsVisible(list.getSelectedIndex());
            }
        }
    }

    private Node find(String key) {
        return manager.getRootContext().getChildren().findChild(key);
    }

    private Component findList() {
        for (Component c : ((ListView) getComponent(1)).getViewport().getComponents()) {
            if (LIST_NAME.equals(c.getName())) {
                return c;
            }
        }
        return null;
    }

    /** Re-lists the muscles as the query changes: best matches first. */
    private void filter() {
        String text = query.getText();
        show(text.isBlank() ? allMuscles()
                : search.search(text, atlas.muscles().size()).stream().map(MuscleSearch.Result::muscle).toList());
    }

    @Override
    protected void componentActivated() {
        ExplorerUtils.activateActions(manager, true);
    }

    @Override
    protected void componentDeactivated() {
        ExplorerUtils.activateActions(manager, false);
    }
}
