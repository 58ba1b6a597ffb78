package org.myoplan.render.gl;

import com.jogamp.math.Matrix4f;
import com.jogamp.math.Vec3f;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.render.scene.Layer;
import org.myoplan.render.scene.Marker;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneMesh;
import org.myoplan.render.scene.SceneStyle;
import org.myoplan.render.scene.Shapes;

/**
 * Draws a {@link Scene} with the core-profile (OpenGL 3.3) shader path, into any drawable: the
 * window's GLJPanel or an offscreen buffer. It draws only when asked (no animator): the scene is mostly
 * still, and on software rendering every frame costs milliseconds.
 *
 * <p>Errors in init or display are not thrown at the toolkit (which would print them and go on
 * drawing black); they stop the renderer and go to the failure handler, which tells the user.
 */
public final class SceneRenderer implements GLEventListener {

    private static final Logger LOG = Logger.getLogger(SceneRenderer.class.getName());
    private static final Matrix4f IDENTITY = new Matrix4f();
    /**
     * A marker counts as visible when any part of a small sphere around it is: a point on the surface
     * the camera sees always is, a point on the far side of a muscle or under a bone never is.
     */
    private static final float MIN_PROBE_RADIUS = 0.004f;
    /** The probe is at least this many pixels across, so that a far view still rasterises it. */
    private static final float PROBE_PIXELS = 1.5f;
    /** Width of the selection outline, in pixels. */
    private static final int OUTLINE_WIDTH = 3;
    /** The texture unit of the meshes' colours (the outline pass reads its mask from unit 0). */
    private static final int COLOUR_UNIT = 1;

    /** Background: a light grey-blue that black outlines and every muscle colour stand out from. */
    public static final float[] BACKGROUND = {0.93f, 0.95f, 0.97f};

    private final OrbitCamera camera;
    private final Consumer<Throwable> failureHandler;
    private final AtomicLong framesDrawn = new AtomicLong();
    private GpuScene gpuScene;
    private volatile Scene scene;
    /** The scene's buffers, made in the background as soon as the scene is known (see GpuScene.prepare). */
    private volatile CompletableFuture<GpuScene.Data> prepared;
    private volatile SceneStyle style = SceneStyle.PLAIN;
    private volatile boolean sceneChanged = true;
    private GpuMesh markerSphere;
    private volatile Throwable failure;
    private volatile List<PlacedMarker> placedMarkers = List.of();
    private ShaderProgram program;
    private ShaderProgram outlineProgram;
    private final FrameTarget frame = new FrameTarget();
    private int[] queries = new int[0];
    /**
     * Left bound after each frame. GLJPanel flips its image with a GLSL step that sets vertex
     * attributes without binding a vertex array; under a core profile that fails and the panel stays
     * black. A spare vertex array bound here gives that step somewhere harmless to write.
     */
    private int spareVertexArray;

    public SceneRenderer(Scene scene, OrbitCamera camera, Consumer<Throwable> failureHandler) {
        this.scene = Objects.requireNonNull(scene);
        this.prepared = CompletableFuture.supplyAsync(() -> GpuScene.prepare(scene));
        this.camera = Objects.requireNonNull(camera);
        this.failureHandler = Objects.requireNonNull(failureHandler);
    }

    public OrbitCamera camera() {
        return camera;
    }

    /** Replaces what is drawn; the upload happens in the next frame, on the GL thread. */
    public void setScene(Scene newScene) {
        scene = Objects.requireNonNull(newScene);
        prepared = CompletableFuture.supplyAsync(() -> GpuScene.prepare(newScene));
        sceneChanged = true;
    }

    public Scene scene() {
        return scene;
    }

    /** Changes how the scene is shown (emphasis, visibility, layers, markers); takes effect in the next frame. */
    public void setStyle(SceneStyle newStyle) {
        style = Objects.requireNonNull(newStyle);
    }

    public SceneStyle style() {
        return style;
    }

    public long framesDrawn() {
        return framesDrawn.get();
    }

    public Throwable failure() {
        return failure;
    }

    /** Where the markers came out in the last frame and which of them are visible, for drawing them on top. */
    public List<PlacedMarker> placedMarkers() {
        return placedMarkers;
    }

    @Override
    public void init(GLAutoDrawable drawable) {
        try {
            long start = System.nanoTime();
            GL3 gl = drawable.getGL().getGL3();
            program = ShaderProgram.load(gl, "scene.vert", "scene.frag");
            outlineProgram = ShaderProgram.load(gl, "outline.vert", "outline.frag");
            program.use(gl);
            gl.glUniform1i(program.uniform(gl, "meshColours"), COLOUR_UNIT);
            int[] ids = new int[1];
            gl.glGenVertexArrays(1, ids, 0);
            spareVertexArray = ids[0];
            gl.glEnable(GL3.GL_DEPTH_TEST);
            gl.glEnable(GL3.GL_CULL_FACE);
            gl.glCullFace(GL3.GL_BACK);
            gl.glBlendFunc(GL3.GL_SRC_ALPHA, GL3.GL_ONE_MINUS_SRC_ALPHA);
            gl.glClearColor(BACKGROUND[0], BACKGROUND[1], BACKGROUND[2], 1f);
            sceneChanged = true;
            LOG.log(Level.FINE, "OpenGL set up in {0} ms ({1})",
                    new Object[] {millisSince(start), gl.glGetString(GL3.GL_RENDERER)});
        } catch (RuntimeException | LinkageError e) {
            fail(e);
        }
    }

    @Override
    public void display(GLAutoDrawable drawable) {
        if (failure != null) {
            return;
        }
        try {
            GL3 gl = drawable.getGL().getGL3();
            long start = System.nanoTime();
            if (sceneChanged) {
                upload(gl);
                LOG.log(Level.FINE, "Scene of {0} triangles uploaded in {1} ms",
                        new Object[] {scene.triangleCount(), millisSince(start)});
            }
            int width = drawable.getSurfaceWidth(), height = drawable.getSurfaceHeight();
            SceneStyle current = style;
            int[] selectionRectangle = selectionRectangle(current, width, height);
            if (selectionRectangle != null) {
                frame.bind(gl, width, height);
                gl.glClearBufferfv(GL3.GL_COLOR, 0, new float[] {BACKGROUND[0], BACKGROUND[1], BACKGROUND[2], 1f}, 0);
                gl.glClearBufferfv(GL3.GL_COLOR, 1, new float[] {0f, 0f, 0f, 0f}, 0);
                gl.glClearBufferfv(GL3.GL_DEPTH, 0, new float[] {1f}, 0);
            } else {
                bindView(gl, width, height);
                gl.glClear(GL3.GL_COLOR_BUFFER_BIT | GL3.GL_DEPTH_BUFFER_BIT);
            }
            program.use(gl);
            gl.glUniformMatrix4fv(program.uniform(gl, "viewMatrix"), 1, false, camera.viewMatrix().get(new float[16]),
                    0);
            gl.glUniformMatrix4fv(program.uniform(gl, "projectionMatrix"), 1, false,
                    camera.projectionMatrix().get(new float[16]), 0);
            setModelMatrix(gl, IDENTITY);
            gpuScene.bind(gl, current, COLOUR_UNIT);
            drawMeshes(gl, current);
            placedMarkers = placeMarkers(gl, current, width, height);
            gl.glBindVertexArray(spareVertexArray);
            if (selectionRectangle != null) {
                frame.copyColourTo(gl, gl.getDefaultDrawFramebuffer());
                bindView(gl, width, height);
                outline(gl, selectionRectangle);
            }
            if (framesDrawn.incrementAndGet() == 1 && LOG.isLoggable(Level.FINE)) {
                gl.glFinish(); // only to time the first frame, which compiles the shaders for the driver
                LOG.log(Level.FINE, "First frame drawn in {0} ms", millisSince(start));
            }
        } catch (RuntimeException | LinkageError e) {
            fail(e);
        }
    }

    @Override
    public void reshape(GLAutoDrawable drawable, int x, int y, int width, int height) {
        // JOGL passes the surface size in pixels, which already includes any HiDPI scale.
        drawable.getGL().glViewport(0, 0, width, height);
        camera.setAspect(width, height);
    }

    @Override
    public void dispose(GLAutoDrawable drawable) {
        GL3 gl = drawable.getGL().getGL3();
        releaseMeshes(gl);
        releaseMarkerSphere(gl);
        frame.dispose(gl);
        if (queries.length > 0) {
            gl.glDeleteQueries(queries.length, queries, 0);
            queries = new int[0];
        }
        if (program != null) {
            program.dispose(gl);
            program = null;
        }
        if (outlineProgram != null) {
            outlineProgram.dispose(gl);
            outlineProgram = null;
        }
        if (spareVertexArray != 0) {
            gl.glDeleteVertexArrays(1, new int[] {spareVertexArray}, 0);
            spareVertexArray = 0;
        }
    }

    /**
     * Opaque meshes first, outer layers first (the depth test then spares the shading of what lies
     * beneath), then translucent ones, inner layers first and without depth writes, so that what lies
     * beneath a translucent skin or muscle layer shows through it. Selected meshes also mark the selection
     * mask where they are seen; a translucent mesh that is not selected leaves it alone.
     */
    private void drawMeshes(GL3 gl, SceneStyle current) {
        List<SceneMesh> meshes = gpuScene.meshes();
        drawRuns(gl, current, 0, meshes.size(), true);
        gl.glEnablei(GL3.GL_BLEND, 0);
        gl.glDepthMask(false);
        for (int end = meshes.size(); end > 0;) {
            Layer layer = meshes.get(end - 1).layer();
            int start = end - 1;
            while (start > 0 && meshes.get(start - 1).layer() == layer) {
                start--;
            }
            drawRuns(gl, current, start, end, false);
            end = start;
        }
        gl.glColorMaski(1, true, true, true, true);
        gl.glDepthMask(true);
        gl.glDisablei(GL3.GL_BLEND, 0);
    }

    /**
     * Draws the shown meshes from {@code from} to {@code to} (exclusive) that are opaque, or translucent,
     * with one call for each run of neighbours that are alike in selection.
     */
    private void drawRuns(GL3 gl, SceneStyle current, int from, int to, boolean opaque) {
        List<SceneMesh> meshes = gpuScene.meshes();
        int first = from;
        while (first < to) {
            SceneMesh mesh = meshes.get(first);
            if (!drawn(mesh, current, opaque)) {
                first++;
                continue;
            }
            boolean selected = current.isSelected(mesh);
            int last = first;
            while (last + 1 < to && drawn(meshes.get(last + 1), current, opaque)
                    && current.isSelected(meshes.get(last + 1)) == selected) {
                last++;
            }
            gl.glUniform1f(program.uniform(gl, "selected"), selected ? 1f : 0f);
            if (!opaque) {
                gl.glColorMaski(1, selected, selected, selected, selected);
            }
            gpuScene.draw(gl, first, last);
            first = last + 1;
        }
    }

    private static boolean drawn(SceneMesh mesh, SceneStyle current, boolean opaque) {
        return current.isShown(mesh) && current.colourOf(mesh).isOpaque() == opaque;
    }

    /**
     * Finds which markers the camera sees, by asking the depth test about a small sphere at each
     * (an occlusion query: nothing is drawn), and where they fall in the view. The markers themselves
     * are drawn on top afterwards (MarkerPainter), visible ones in full and hidden ones faint.
     */
    private List<PlacedMarker> placeMarkers(GL3 gl, SceneStyle current, int width, int height) {
        List<Marker> markers = current.markers();
        if (markers.isEmpty()) {
            return List.of();
        }
        if (queries.length < markers.size()) {
            if (queries.length > 0) {
                gl.glDeleteQueries(queries.length, queries, 0);
            }
            queries = new int[markers.size()];
            gl.glGenQueries(queries.length, queries, 0);
        }
        float probe = Math.max(MIN_PROBE_RADIUS, PROBE_PIXELS * camera.metresPerPixel(height));
        gl.glColorMask(false, false, false, false);
        gl.glDepthMask(false);
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            setModelMatrix(gl, new Matrix4f().setToTranslation(new Vec3f(marker.x(), marker.y(), marker.z()))
                    .scale(probe, new Matrix4f()));
            gl.glBeginQuery(GL3.GL_ANY_SAMPLES_PASSED, queries[i]);
            markerSphere.draw(gl);
            gl.glEndQuery(GL3.GL_ANY_SAMPLES_PASSED);
        }
        gl.glColorMask(true, true, true, true);
        gl.glDepthMask(true);
        setModelMatrix(gl, IDENTITY);
        List<PlacedMarker> placed = new ArrayList<>();
        int[] passed = new int[1];
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            gl.glGetQueryObjectuiv(queries[i], GL3.GL_QUERY_RESULT, passed, 0);
            float[] at = camera.project(marker.x(), marker.y(), marker.z(), width, height);
            if (at[2] >= 0f && at[2] <= 1f) {
                placed.add(new PlacedMarker(marker, at[0], at[1], passed[0] != 0));
            }
        }
        return List.copyOf(placed);
    }

    /** The view's own framebuffer (JOGL's, which a GLJPanel or an offscreen drawable reads). */
    private static void bindView(GL3 gl, int width, int height) {
        gl.glBindFramebuffer(GL3.GL_DRAW_FRAMEBUFFER, gl.getDefaultDrawFramebuffer());
        gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, gl.getDefaultReadFramebuffer());
        gl.glViewport(0, 0, width, height);
    }

    /**
     * The rectangle of the view (x, y, width, height; GL's bottom-left origin) that the shown selected
     * meshes' box covers, with room for the outline; null when nothing shown is selected.
     */
    private int[] selectionRectangle(SceneStyle current, int width, int height) {
        if (current.selected().isEmpty()
                || gpuScene.meshes().stream().noneMatch(m -> current.isSelected(m) && current.isShown(m))) {
            return null;
        }
        Scene.Bounds box = scene.bounds(mesh -> current.isSelected(mesh) && current.isShown(mesh));
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (float[] corner : box.corners()) {
            float[] p = camera.project(corner[0], corner[1], corner[2], width, height);
            if (!(p[2] >= 0f && p[2] <= 1f)) {
                return new int[] {0, 0, width, height}; // a corner behind the camera: the whole view
            }
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, height - p[1]);
            maxY = Math.max(maxY, height - p[1]);
        }
        int room = OUTLINE_WIDTH + 2;
        int x0 = Math.max(0, (int) Math.floor(minX) - room), y0 = Math.max(0, (int) Math.floor(minY) - room);
        int x1 = Math.min(width, (int) Math.ceil(maxX) + room), y1 = Math.min(height, (int) Math.ceil(maxY) + room);
        return x1 > x0 && y1 > y0 ? new int[] {x0, y0, x1 - x0, y1 - y0} : null;
    }

    /** Outlines the selection over the frame in the view (see outline.frag), only within its rectangle. */
    private void outline(GL3 gl, int[] rectangle) {
        outlineProgram.use(gl);
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, frame.maskTexture());
        gl.glUniform1i(outlineProgram.uniform(gl, "selectionMask"), 0);
        Rgba outline = SceneStyle.SELECTED;
        gl.glUniform3f(outlineProgram.uniform(gl, "outlineColour"), outline.r(), outline.g(), outline.b());
        gl.glUniform1i(outlineProgram.uniform(gl, "outlineWidth"), OUTLINE_WIDTH);
        gl.glDisable(GL3.GL_DEPTH_TEST);
        gl.glEnable(GL3.GL_SCISSOR_TEST);
        gl.glScissor(rectangle[0], rectangle[1], rectangle[2], rectangle[3]);
        gl.glEnable(GL3.GL_BLEND);
        gl.glDrawArrays(GL3.GL_TRIANGLES, 0, 3);
        gl.glDisable(GL3.GL_BLEND);
        gl.glDisable(GL3.GL_SCISSOR_TEST);
        gl.glEnable(GL3.GL_DEPTH_TEST);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, 0);
    }

    private void setModelMatrix(GL3 gl, Matrix4f model) {
        gl.glUniformMatrix4fv(program.uniform(gl, "modelMatrix"), 1, false, model.get(new float[16]), 0);
    }

    private void upload(GL3 gl) {
        sceneChanged = false;
        releaseMeshes(gl);
        gpuScene = GpuScene.upload(gl, prepared.join());
        if (markerSphere == null) {
            markerSphere = GpuMesh.upload(gl, Shapes.sphere("marker", new float[] {0, 0, 0}, 1f, 12,
                    Rgba.opaque(1, 0, 0)));
        }
    }

    private void releaseMeshes(GL3 gl) {
        if (gpuScene != null) {
            gpuScene.dispose(gl);
            gpuScene = null;
        }
    }

    private void releaseMarkerSphere(GL3 gl) {
        if (markerSphere != null) {
            markerSphere.dispose(gl);
            markerSphere = null;
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private void fail(Throwable e) {
        failure = e;
        failureHandler.accept(e);
    }
}
