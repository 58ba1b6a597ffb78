package org.myoplan.viewer.gl;

import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.myoplan.viewer.scene.Scene;
import org.myoplan.viewer.scene.SceneMesh;

/**
 * Draws a {@link Scene} with the core-profile (OpenGL 3.3) shader path, into any drawable: the
 * window's GLJPanel or an offscreen buffer. It draws only when asked (no animator): the scene is mostly
 * still, and on software rendering every frame costs milliseconds.
 *
 * <p>Errors in init or display are not thrown at the toolkit (which would print them and go on
 * drawing black); they stop the renderer and go to the failure handler, which tells the user.
 */
public final class SceneRenderer implements GLEventListener {

    /** Background: a light grey-blue that black outlines and every muscle colour stand out from. */
    public static final float[] BACKGROUND = {0.93f, 0.95f, 0.97f};

    private final OrbitCamera camera;
    private final Consumer<Throwable> failureHandler;
    private final AtomicLong framesDrawn = new AtomicLong();
    private final List<GpuMesh> gpuMeshes = new ArrayList<>();
    private volatile Scene scene;
    private volatile boolean sceneChanged = true;
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
            drawMeshes(gl);
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
        if (program != null) {
            program.dispose(gl);
            program = null;
        }
        if (spareVertexArray != 0) {
            gl.glDeleteVertexArrays(1, new int[] {spareVertexArray}, 0);
            spareVertexArray = 0;
        }
    }

    /** Opaque meshes first, then translucent ones without depth writes so that what lies behind shows. */
    private void drawMeshes(GL3 gl) {
        int colour = program.uniform(gl, "colour");
        for (GpuMesh mesh : gpuMeshes) {
            if (mesh.colour().isOpaque()) {
                gl.glUniform4f(colour, mesh.colour().r(), mesh.colour().g(), mesh.colour().b(), 1f);
                mesh.draw(gl);
            }
        }
        gl.glEnable(GL3.GL_BLEND);
        gl.glDepthMask(false);
        for (GpuMesh mesh : gpuMeshes) {
            if (!mesh.colour().isOpaque()) {
                gl.glUniform4f(colour, mesh.colour().r(), mesh.colour().g(), mesh.colour().b(), mesh.colour().a());
                mesh.draw(gl);
            }
        }
        gl.glDepthMask(true);
        gl.glDisable(GL3.GL_BLEND);
    }

    private void upload(GL3 gl) {
        sceneChanged = false;
        releaseMeshes(gl);
        for (SceneMesh mesh : scene.meshes()) {
            gpuMeshes.add(GpuMesh.upload(gl, mesh));
        }
    }

    private void releaseMeshes(GL3 gl) {
        gpuMeshes.forEach(mesh -> mesh.dispose(gl));
        gpuMeshes.clear();
    }

    private void fail(Throwable e) {
        failure = e;
        failureHandler.accept(e);
    }
}
