package org.myoplan.viewer.ui;

import com.jogamp.math.Ray;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLEventListener;
import com.jogamp.opengl.awt.GLJPanel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.RayPicker;
import org.myoplan.render.gl.CoreProfile;
import org.myoplan.render.gl.MarkerPainter;
import org.myoplan.render.gl.OpenGlUnavailableException;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.render.gl.SceneRenderer;
import org.myoplan.render.gl.StandardView;
import org.myoplan.render.scene.AtlasScene;
import org.myoplan.render.scene.Layer;
import org.myoplan.render.scene.Marker;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneMesh;
import org.myoplan.render.scene.SceneStyle;
import org.myoplan.viewer.api.AnatomyView;
import org.myoplan.viewer.api.MuscleSelection;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * The drawing surface of the 3D View: a GLJPanel (lightweight, so it lives inside the window system's
 * Swing hierarchy) with the scene renderer, or, when OpenGL cannot start, a message in its place.
 */
@Messages({
    "# {0} - reason",
    "MSG_OpenGlUnavailable=<html><div style='text-align:center'><b>The 3D view cannot be shown.</b><br><br>"
            + "{0}.<br><br>Everything else in Myoplan works. The details are in the log "
            + "(messages.log in the application's user directory).</div></html>",
    "# {0} - reason",
    "MSG_DrawingFailed=Drawing failed: {0}",
    "# {0} - the atlas's attribution",
    "LBL_AtlasCredit=Anatomy: {0}"
})
final class ViewerPanel extends JPanel implements ViewerController {

    /** Client property on the drawing surface: frames drawn so far (tests and benchmarks read it). */
    static final String FRAMES_PROPERTY = "myoplan.framesDrawn";
    static final String CANVAS_NAME = "viewer.canvas";
    static final String MESSAGE_NAME = "viewer.message";
    static final String CREDIT_NAME = "viewer.credit";
    /** Client property on the drawing surface: the Landmarks layer's markers now drawn (tests read it). */
    static final String LANDMARKS_PROPERTY = "myoplan.landmarksDrawn";

    private static final Logger LOG = Logger.getLogger(ViewerPanel.class.getName());
    private static final Executor PICKER_BUILDER = new RequestProcessor("Muscle picker", 1);
    private static final Executor LANDMARK_LOCATOR = new RequestProcessor("Landmark locator", 1);
    /** Opacity of a translucent layer: enough to place it, little enough to see beneath. */
    private static final float TRANSLUCENT = 0.3f;
    /** Of the view left free on each side when fitting the body or the selection. */
    private static final float FIT_MARGIN = 0.04f;

    private final OrbitCamera camera = new OrbitCamera();
    private final MuscleSelection selection;
    /** The atlas shown, for picking; null for a scene without muscles. */
    private Atlas atlas;
    /** Built in the background after the first frame (a few hundred milliseconds); null until started. */
    private CompletableFuture<RayPicker> picker;
    /** The atlas's attribution under the drawing, where its licence asks for one. */
    private final JLabel credit = new JLabel();
    private PickControl pickControl;
    private SceneRenderer renderer;
    private Map<String, SceneMesh> meshesById;
    private Scene meshesScene;
    private GLJPanel canvas;
    /** The plan's sites and the guidance's suggestions, as the AnatomyView asks for them. */
    private List<Marker> planMarkers = List.of();
    /** The Landmarks layer's markers of the atlas shown; empty while the layer is off or being located. */
    private List<Marker> landmarkMarkers = List.of();
    private boolean landmarksShown;

    ViewerPanel(Scene scene) {
        this(scene, null, null);
    }

    /**
     * @param atlas the atlas the scene shows, for picking muscles; null for a scene without muscles
     * @param selection the shared muscle selection, or null when the view does not select
     */
    ViewerPanel(Scene scene, Atlas atlas, MuscleSelection selection) {
        super(new BorderLayout());
        this.selection = selection;
        this.atlas = atlas;
        try {
            canvas = new GLJPanel(CoreProfile.capabilities()) {
                @Override
                protected void paintComponent(Graphics g) {
                    super.paintComponent(g);
                    paintMarkers(g);
                }
            };
        } catch (OpenGlUnavailableException e) {
            LOG.log(Level.WARNING, "OpenGL is not available; the 3D View shows a message instead", e);
            showMessage(Bundle.MSG_OpenGlUnavailable(capitalise(e.getMessage())));
            return;
        }
        renderer = new SceneRenderer(scene, camera, this::drawingFailed);
        canvas.setName(CANVAS_NAME);
        canvas.addGLEventListener(renderer);
        canvas.addGLEventListener(new FramePublisher());
        new OrbitControl(camera, canvas, this::resetView).attach();
        if (atlas != null && selection != null) {
            pickControl = new PickControl(camera, canvas, this::pick, selection, this::hover);
            pickControl.attach();
            selection.addChangeListener(e -> restyle(style -> style.withSelected(selection.keys())));
            followAnatomyView();
        }
        add(canvas, BorderLayout.CENTER);
        add(new ViewerToolbar(this), BorderLayout.NORTH);
        credit.setName(CREDIT_NAME);
        credit.setFont(credit.getFont().deriveFont(credit.getFont().getSize2D() - 1f));
        credit.setForeground(Color.DARK_GRAY);
        credit.setBorder(BorderFactory.createEmptyBorder(1, 6, 2, 6));
        add(credit, BorderLayout.SOUTH);
        showCredit(atlas);
        resetView();
    }

    /**
     * Shows another atlas: a new scene (built here, uploaded in the next frame) and a new picker; the
     * camera, the selection and the emphasis stay, since muscles keep their keys from one atlas to the
     * next. The atlas already shown costs nothing.
     */
    void showAtlas(Atlas newAtlas) {
        if (renderer == null || newAtlas == atlas) {
            return;
        }
        atlas = newAtlas;
        picker = null;
        startPicker();
        renderer.setScene(AtlasScene.of(newAtlas));
        showCredit(newAtlas);
        if (landmarksShown) {
            showLandmarks(List.of()); // the old atlas's points would float beside the new bones
            locateLandmarks(newAtlas);
        }
        canvas.repaint();
    }

    /**
     * Starts building the picker of the atlas shown, once. At start-up this waits for the first frame: the
     * build takes a few hundred milliseconds of a processor the first frame needs more (on two cores the
     * software renderer, the window system and the records all want one).
     */
    private void startPicker() {
        if (picker == null && atlas != null) {
            Atlas shown = atlas;
            picker = CompletableFuture.supplyAsync(() -> new RayPicker(shown), PICKER_BUILDER);
        }
    }

    /** The attribution the atlas's licence asks for, under the drawing; nothing for Myoplan's own atlas. */
    private void showCredit(Atlas shown) {
        String attribution = shown == null ? "" : shown.provenance().attribution();
        credit.setText(attribution.isEmpty() ? "" : Bundle.LBL_AtlasCredit(attribution));
        credit.setToolTipText(shown == null ? null : shown.provenance().description());
        credit.setVisible(!attribution.isEmpty());
        revalidate();
    }

    OrbitCamera camera() {
        return camera;
    }

    @Override
    public void resetView() {
        if (renderer == null) {
            return;
        }
        camera.setView(StandardView.ANTERIOR);
        frame(body());
    }

    /** Turns to the view and fits what matters in it: the selection when there is one, else the body. */
    @Override
    public void showView(StandardView view) {
        if (renderer == null) {
            return;
        }
        camera.setView(view);
        fitToSelection();
    }

    @Override
    public void fitToSelection() {
        if (renderer == null) {
            return;
        }
        Set<String> selected = selection == null ? Set.of() : selection.keys();
        frame(selected.isEmpty() ? body() : renderer.scene().bounds(mesh -> selected.contains(mesh.id())));
    }

    /** The body without the skin (hidden at first): what Reset and the views fit when nothing is selected. */
    private Scene.Bounds body() {
        return renderer.scene().bounds(mesh -> mesh.layer() != Layer.SKIN);
    }

    @Override
    public void toggleIsolateSelection() {
        Set<String> selected = selection == null ? Set.of() : selection.keys();
        restyle(style -> style.withIsolated(style.isolated().isEmpty() ? selected : Set.of()));
    }

    @Override
    public void hideSelection() {
        if (selection == null || selection.keys().isEmpty()) {
            return;
        }
        Set<String> hidden = new HashSet<>(renderer.style().hidden());
        hidden.addAll(selection.keys());
        restyle(style -> style.withHidden(hidden));
        selection.select(Set.of()); // a hidden muscle stays out of the selection and of picking
    }

    @Override
    public void showAllMuscles() {
        restyle(style -> style.withHidden(Set.of()).withIsolated(Set.of()));
    }

    @Override
    public void setLayerShown(Layer layer, boolean shown) {
        restyle(style -> style.withLayerShown(layer, shown));
    }

    @Override
    public void setLayerTranslucent(Layer layer, boolean translucent) {
        restyle(style -> style.withLayerOpacity(layer, translucent ? TRANSLUCENT : 1f));
    }

    @Override
    public void setLandmarksShown(boolean shown) {
        if (renderer == null || shown == landmarksShown) {
            return;
        }
        landmarksShown = shown;
        if (shown && atlas != null) {
            locateLandmarks(atlas);
        } else {
            showLandmarks(List.of());
        }
    }

    /** Locates the atlas's landmarks in the background (the first time takes a tenth of a second), then shows them. */
    private void locateLandmarks(Atlas shown) {
        CompletableFuture.supplyAsync(() -> LandmarkLayer.markersOf(shown.landmarks()), LANDMARK_LOCATOR)
                .whenComplete((markers, error) -> SwingUtilities.invokeLater(() -> {
                    if (error != null) {
                        LOG.log(Level.WARNING, "The landmarks of the atlas shown could not be located", error);
                    } else if (landmarksShown && atlas == shown) { // not switched off or replaced meanwhile
                        showLandmarks(markers);
                    }
                }));
    }

    private void showLandmarks(List<Marker> markers) {
        landmarkMarkers = markers;
        restyle(style -> style.withMarkers(LandmarkLayer.combined(landmarkMarkers, planMarkers)));
        canvas.putClientProperty(LANDMARKS_PROPERTY, markers.size());
    }

    /** Draws what other modules ask of the AnatomyView, and lends it this view for surface points. */
    private void followAnatomyView() {
        if (!(AnatomyView.getDefault() instanceof DefaultAnatomyView anatomy)) {
            return;
        }
        anatomy.addChangeListener(e -> {
            planMarkers = anatomy.markers().stream().map(ViewerPanel::drawn).toList();
            restyle(style -> style.withEmphasis(Rgba.of(anatomy.emphasis()))
                    .withMarkers(LandmarkLayer.combined(landmarkMarkers, planMarkers)));
        });
        anatomy.setFramer(keys -> frame(renderer.scene().bounds(mesh -> keys.contains(mesh.id()))));
        anatomy.setLocator((key, x, y) -> atlas.muscle(key).flatMap(muscle -> {
            Ray ray = camera.rayThrough(x, y, canvas.getWidth(), canvas.getHeight());
            return readyPicker().flatMap(p -> p.surfacePoint(muscle, PickControl.vec(ray.orig),
                    PickControl.vec(ray.dir))) .map(p -> new double[] {p.x(), p.y(), p.z()});
        }));
    }

    /** The first shown muscle along a ray from the eye; bones in front stop it. */
    private Optional<Muscle> pick(Ray ray) {
        SceneStyle style = renderer.style();
        Scene scene = renderer.scene();
        boolean bonesShown = !style.hiddenLayers().contains(Layer.BONES);
        return readyPicker().flatMap(p -> p.pick(PickControl.vec(ray.orig), PickControl.vec(ray.dir),
                muscle -> style.isShown(meshOf(scene, muscle.key())), bonesShown)).flatMap(RayPicker.Hit::muscle);
    }

    /** The picker once built; until then (just after start) nothing can be picked. */
    private Optional<RayPicker> readyPicker() {
        startPicker(); // asked for before the first frame: build it now
        return picker != null && picker.isDone() && !picker.isCompletedExceptionally() ? Optional.of(picker.join())
                : Optional.empty();
    }

    private SceneMesh meshOf(Scene scene, String id) {
        if (meshesById == null || meshesScene != scene) {
            meshesById = new HashMap<>();
            scene.meshes().forEach(m -> meshesById.put(m.id(), m));
            meshesScene = scene;
        }
        return meshesById.get(id);
    }

    /** The muscle drawn at a point of the view (for the GUI tests and the benchmark). */
    Optional<Muscle> muscleAt(int x, int y) {
        return pickControl == null ? Optional.empty() : pickControl.muscleAt(x, y);
    }

    /** Applies a change of how the scene is shown and draws it once. */
    void restyle(UnaryOperator<SceneStyle> change) {
        if (renderer != null) {
            renderer.setStyle(change.apply(renderer.style()));
            canvas.repaint();
        }
    }

    /** Fits a box in the view as it is shaped now, with a margin around it. */
    private void frame(Scene.Bounds bounds) {
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            camera.setAspect(canvas.getWidth(), canvas.getHeight());
        }
        camera.fit(bounds, FIT_MARGIN);
        repaint();
    }

    /** Lightens the muscle under the mouse (none: null); draws only when it changes. */
    private void hover(String muscleKey) {
        String key = muscleKey == null ? "" : muscleKey;
        if (renderer != null && !key.equals(renderer.style().hovered())) {
            restyle(style -> style.withHovered(key));
        }
    }

    /** A marker as the renderer draws it: the same point, colour, label and kind. */
    private static Marker drawn(AnatomyView.Marker m) {
        return Marker.of(m.x(), m.y(), m.z(), m.colour(), m.label(), Marker.Shape.valueOf(m.kind().name()));
    }

    /** The markers over the drawn frame: numbered where seen, faint where hidden (see MarkerPainter). */
    private void paintMarkers(Graphics g) {
        if (renderer != null && canvas.getWidth() > 0) {
            double pixelScale = (double) canvas.getSurfaceWidth() / canvas.getWidth();
            MarkerPainter.paint((Graphics2D) g, renderer.placedMarkers(), renderer.style().markerRadius(), pixelScale);
        }
    }

    private void drawingFailed(Throwable error) {
        LOG.log(Level.WARNING, "The 3D View stopped drawing", error);
        SwingUtilities.invokeLater(() -> {
            remove(canvas);
            showMessage(Bundle.MSG_OpenGlUnavailable(Bundle.MSG_DrawingFailed(error.getMessage())));
        });
    }

    private void showMessage(String html) {
        JLabel message = new JLabel(html, SwingConstants.CENTER);
        message.setName(MESSAGE_NAME);
        message.setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
        message.setForeground(new Color(0x33, 0x33, 0x33));
        add(message, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Publishes the frame count on the drawing surface and logs when the first frame is drawn. */
    private final class FramePublisher implements GLEventListener {

        @Override
        public void display(GLAutoDrawable drawable) {
            long frames = renderer.framesDrawn();
            if (frames == 1) {
                LOG.log(Level.INFO, "3D View: first frame drawn {0} ms after the JVM started ({1} triangles)",
                        new Object[] {ManagementFactory.getRuntimeMXBean().getUptime(),
                        renderer.scene().triangleCount()});
                SwingUtilities.invokeLater(ViewerPanel.this::startPicker);
            }
            SwingUtilities.invokeLater(() -> canvas.putClientProperty(FRAMES_PROPERTY, frames));
        }

        @Override
        public void init(GLAutoDrawable drawable) {
        }

        @Override
        public void dispose(GLAutoDrawable drawable) {
        }

        @Override
        public void reshape(GLAutoDrawable drawable, int x, int y, int width, int height) {
        }
    }
}
