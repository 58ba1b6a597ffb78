package org.myoplan.viewer.ui;

import java.awt.BorderLayout;
import java.util.Optional;
import java.util.Properties;
import javax.swing.event.ChangeListener;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.render.scene.AtlasScene;
import org.myoplan.viewer.api.AtlasService;
import org.myoplan.viewer.api.MuscleSelection;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;
import org.openide.windows.TopComponent;

/** The 3D View: the body model, in the editor area, open at start. */
@ConvertAsProperties(dtd = "-//org.myoplan.viewer.ui//Viewer//EN", autostore = false)
@TopComponent.Description(
        preferredID = ViewerTopComponent.ID,
        iconBase = "org/myoplan/viewer/ui/view3d.png",
        persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED)
@TopComponent.Registration(mode = "editor", openAtStartup = true, position = 100)
@ActionID(category = "Window", id = "org.myoplan.viewer.ui.ViewerTopComponent")
@ActionReference(path = "Menu/Window", position = 10)
@TopComponent.OpenActionRegistration(displayName = "#CTL_ViewerAction", preferredID = ViewerTopComponent.ID)
@Messages({
    "CTL_ViewerAction=3D View",
    "CTL_ViewerTopComponent=3D View",
    "HINT_ViewerTopComponent=The body model: drag to turn it, right-drag to move it, scroll to zoom towards the "
        + "mouse, Home to reset"
})
public final class ViewerTopComponent extends TopComponent {

    static final String ID = "ViewerTopComponent";
    private static final String YAW = "camera.yaw";
    private static final String PITCH = "camera.pitch";
    private static final String DISTANCE = "camera.distance";

    private final ViewerPanel viewer;
    private final AtlasService atlases = AtlasService.getDefault();
    private final ChangeListener atlasChanged = e -> showAtlas();

    public ViewerTopComponent() {
        setName(Bundle.CTL_ViewerTopComponent());
        setToolTipText(Bundle.HINT_ViewerTopComponent());
        setLayout(new BorderLayout());
        Atlas atlas = atlases.current();
        MuscleSelection selection = MuscleSelection.getDefault();
        viewer = new ViewerPanel(AtlasScene.of(atlas), atlas, selection);
        add(viewer, BorderLayout.CENTER);
        associateLookup(Lookups.singleton(viewer));
        // The selected muscles become this window's activated nodes: the Properties window shows them.
        selection.addChangeListener(e -> setActivatedNodes(MuscleNode.nodesOf(atlases.current(), selection.keys())));
    }

    @Override
    protected void componentOpened() {
        atlases.addChangeListener(atlasChanged);
        showAtlas(); // the atlas may have changed while the window was closed
    }

    @Override
    protected void componentClosed() {
        atlases.removeChangeListener(atlasChanged);
    }

    /** Follows the application's atlas: the same view of another body. */
    private void showAtlas() {
        viewer.showAtlas(atlases.current());
    }

    /** The muscle under a point of the 3D View (tests drive the view through this). */
    public Optional<String> muscleKeyAt(int x, int y) {
        return viewer.muscleAt(x, y).map(Muscle::key);
    }

    /** Keeps the camera's orientation and distance across restarts. */
    void writeProperties(Properties properties) {
        OrbitCamera camera = viewer.camera();
        properties.setProperty("version", "1.0");
        properties.setProperty(YAW, Float.toString(camera.yaw()));
        properties.setProperty(PITCH, Float.toString(camera.pitch()));
        properties.setProperty(DISTANCE, Float.toString(camera.distance()));
    }

    void readProperties(Properties properties) {
        OrbitCamera camera = viewer.camera();
        try {
            float yaw = Float.parseFloat(properties.getProperty(YAW, "0"));
            float pitch = Float.parseFloat(properties.getProperty(PITCH, "0"));
            float distance = Float.parseFloat(properties.getProperty(DISTANCE, Float.toString(camera.distance())));
            camera.setOrientation(yaw, pitch);
            camera.zoom(distance / camera.distance());
        } catch (NumberFormatException e) {
            // A damaged settings file only costs the saved camera; the default view stays.
        }
    }
}
