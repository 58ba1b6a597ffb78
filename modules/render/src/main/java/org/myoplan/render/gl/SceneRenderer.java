package org.myoplan.render.gl;

import com.jogamp.math.Matrix4f;
import com.jogamp.math.Vec3f;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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

    private static final Matrix4f IDENTITY = new Matrix4f();
    /** Marker spheres keep about the same size on screen whatever the zoom. */
    private static final float MARKER_RADIUS_PER_METRE_OF_DISTANCE = 0.004f;

    /** Background: a light grey-blue that black outlines and every muscle colour stand out from. */
    public static final float[] BACKGROUND = {0.93f, 0.95f, 0.97f};

    private final OrbitCamera camera;
    private final Consumer<Throwable> failureHandler;
    private final AtomicLong framesDrawn = new AtomicLong();
    private final List<GpuMesh> gpuMeshes = new ArrayList<>();
    private volatile Scene scene;
    private volatile SceneStyle style = SceneStyle.PLAIN;
    private volatile boolean sceneChanged = true;
    private GpuMesh markerSphere;
    private volatile Throwable failure;
    private ShaderProgram program;
    /**
     * Left bound after each frame. GLJPanel flips its image with a GLSL step that sets vertex
     * attributes without binding a vertex array; under a core profile that fails and the panel stays
     * black. A spare vertex array bound here gives that step somewhere harmless to write.
     */
    private int spareVertexArray;

    public SceneRenderer(Scene scene, OrbitCamera camera, Consumer<Throwable> failureHandler) {
        this.scene = Objects.requireNonNull(scene);
        this.camera = Objects.requireNonNull(camera);
        this.failureHandler = Objects.requireNonNull(failureHandler);
    }

    public OrbitCamera camera() {
        return camera;
    }

    /** Replaces what is drawn; the upload happens in the next frame, on the GL thread. */
    public void setScene(Scene newScene) {
        scene = Objects.requireNonNull(newScene);
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

    @Override
    public void init(GLAutoDrawable drawable) {
        try {
            GL3 gl = drawable.getGL().getGL3();
            program = ShaderProgram.load(gl, "scene.vert", "scene.frag");
            int[] ids = new int[1];
            gl.glGenVertexArrays(1, ids, 0);
            spareVertexArray = ids[0];
            gl.glEnable(GL3.GL_DEPTH_TEST);
            gl.glEnable(GL3.GL_CULL_FACE);
            gl.glCullFace(GL3.GL_BACK);
            gl.glBlendFunc(GL3.GL_SRC_ALPHA, GL3.GL_ONE_MINUS_SRC_ALPHA);
            gl.glClearColor(BACKGROUND[0], BACKGROUND[1], BACKGROUND[2], 1f);
            sceneChanged = true;
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
            if (sceneChanged) {
                upload(gl);
            }
            gl.glClear(GL3.GL_COLOR_BUFFER_BIT | GL3.GL_DEPTH_BUFFER_BIT);
            program.use(gl);
            gl.glUniformMatrix4fv(program.uniform(gl, "viewMatrix"), 1, false, camera.viewMatrix().get(new float[16]), 0);
            gl.glUniformMatrix4fv(program.uniform(gl, "projectionMatrix"), 1, false, camera.projectionMatrix().get(new float[16]), 0);
            SceneStyle current = style;
            setModelMatrix(gl, IDENTITY);
            drawMeshes(gl, current);
            drawMarkers(gl, current);
            gl.glBindVertexArray(spareVertexArray);
            framesDrawn.incrementAndGet();
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
        if (program != null) {
            program.dispose(gl);
            program = null;
        }
        if (spareVertexArray != 0) {
            gl.glDeleteVertexArrays(1, new int[] {spareVertexArray}, 0);
            spareVertexArray = 0;
        }
    }

    /**
     * Opaque meshes first, then translucent ones, outer layers last and without depth writes, so that
     * what lies beneath a translucent skin or muscle layer shows through it.
     */
    private void drawMeshes(GL3 gl, SceneStyle current) {
        for (GpuMesh mesh : gpuMeshes) {
            SceneMesh source = mesh.source();
            if (current.isShown(source) && current.colourOf(source).isOpaque()) {
                setColour(gl, current.colourOf(source));
                mesh.draw(gl);
            }
        }
        gl.glEnable(GL3.GL_BLEND);
        gl.glDepthMask(false);
        for (Layer layer : Layer.values()) {
            for (GpuMesh mesh : gpuMeshes) {
                SceneMesh source = mesh.source();
                if (source.layer() == layer && current.isShown(source) && !current.colourOf(source).isOpaque()) {
                    setColour(gl, current.colourOf(source));
                    mesh.draw(gl);
                }
            }
        }
        gl.glDepthMask(true);
        gl.glDisable(GL3.GL_BLEND);
    }

    /** Markers stay visible through whatever covers them: they are what the clinician placed. */
    private void drawMarkers(GL3 gl, SceneStyle current) {
        if (current.markers().isEmpty()) {
            return;
        }
        float radius = MARKER_RADIUS_PER_METRE_OF_DISTANCE * camera.distance();
        gl.glDisable(GL3.GL_DEPTH_TEST);
        for (Marker marker : current.markers()) {
            setColour(gl, marker.colour());
            setModelMatrix(gl, new Matrix4f().setToTranslation(new Vec3f(marker.x(), marker.y(), marker.z()))
                    .scale(radius, new Matrix4f()));
            markerSphere.draw(gl);
        }
        gl.glEnable(GL3.GL_DEPTH_TEST);
        setModelMatrix(gl, IDENTITY);
    }

    private void setColour(GL3 gl, Rgba colour) {
        gl.glUniform4f(program.uniform(gl, "colour"), colour.r(), colour.g(), colour.b(), colour.a());
    }

    private void setModelMatrix(GL3 gl, Matrix4f model) {
        gl.glUniformMatrix4fv(program.uniform(gl, "modelMatrix"), 1, false, model.get(new float[16]), 0);
    }

    private void upload(GL3 gl) {
        sceneChanged = false;
        releaseMeshes(gl);
        for (SceneMesh mesh : scene.meshes()) {
            gpuMeshes.add(GpuMesh.upload(gl, mesh));
        }
        if (markerSphere == null) {
            markerSphere = GpuMesh.upload(gl, Shapes.sphere("marker", new float[] {0, 0, 0}, 1f, 12, Rgba.opaque(1, 0, 0)));
        }
    }

    private void releaseMeshes(GL3 gl) {
        gpuMeshes.forEach(mesh -> mesh.dispose(gl));
        gpuMeshes.clear();
    }

    private void releaseMarkerSphere(GL3 gl) {
        if (markerSphere != null) {
            markerSphere.dispose(gl);
            markerSphere = null;
        }
    }

    private void fail(Throwable e) {
        failure = e;
        failureHandler.accept(e);
    }
}
