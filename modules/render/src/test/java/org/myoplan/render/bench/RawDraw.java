package org.myoplan.render.bench;

import com.jogamp.common.nio.Buffers;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLEventListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneMesh;

/**
 * The baseline of the frame benchmark: the same triangles merged into one buffer and drawn with one
 * call and a plain shader, as fast as JOGL draws them on this machine.
 */
final class RawDraw implements GLEventListener {

    private final Scene scene;
    private final OrbitCamera camera;
    private int program;
    private int indexCount;
    private int matrixLocation;

    RawDraw(Scene scene, OrbitCamera camera) {
        this.scene = scene;
        this.camera = camera;
    }

    @Override
    public void init(GLAutoDrawable drawable) {
        GL3 gl = drawable.getGL().getGL3();
        program = link(gl, compile(gl, GL3.GL_VERTEX_SHADER, "raw.vert"),
                compile(gl, GL3.GL_FRAGMENT_SHADER, "raw.frag"));
        matrixLocation = gl.glGetUniformLocation(program, "projectionTimesView");
        upload(gl);
        gl.glEnable(GL3.GL_DEPTH_TEST);
        gl.glEnable(GL3.GL_CULL_FACE);
        gl.glClearColor(0.93f, 0.95f, 0.97f, 1f);
    }

    @Override
    public void display(GLAutoDrawable drawable) {
        GL3 gl = drawable.getGL().getGL3();
        gl.glClear(GL3.GL_COLOR_BUFFER_BIT | GL3.GL_DEPTH_BUFFER_BIT);
        gl.glUseProgram(program);
        gl.glUniformMatrix4fv(matrixLocation, 1, false,
                camera.projectionMatrix().mul(camera.viewMatrix()).get(new float[16]), 0);
        gl.glDrawElements(GL3.GL_TRIANGLES, indexCount, GL3.GL_UNSIGNED_INT, 0);
    }

    @Override
    public void reshape(GLAutoDrawable drawable, int x, int y, int width, int height) {
        drawable.getGL().glViewport(0, 0, width, height);
        camera.setAspect(width, height);
    }

    @Override
    public void dispose(GLAutoDrawable drawable) {
        drawable.getGL().getGL3().glDeleteProgram(program);
    }

    private void upload(GL3 gl) {
        int vertices = scene.meshes().stream().mapToInt(SceneMesh::vertexCount).sum();
        FloatBuffer data = Buffers.newDirectFloatBuffer(vertices * 6);
        IntBuffer indices = Buffers.newDirectIntBuffer(scene.triangleCount() * 3);
        int base = 0;
        for (SceneMesh mesh : scene.meshes()) {
            for (int i = 0; i < mesh.positions().length; i += 3) {
                data.put(mesh.positions(), i, 3).put(mesh.normals(), i, 3);
            }
            for (int index : mesh.indices()) {
                indices.put(base + index);
            }
            base += mesh.vertexCount();
        }
        data.flip();
        indices.flip();
        indexCount = indices.limit();
        int[] ids = new int[3];
        gl.glGenVertexArrays(1, ids, 0);
        gl.glGenBuffers(2, ids, 1);
        gl.glBindVertexArray(ids[0]);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, ids[1]);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) data.limit() * Float.BYTES, data, GL3.GL_STATIC_DRAW);
        gl.glEnableVertexAttribArray(0);
        gl.glVertexAttribPointer(0, 3, GL3.GL_FLOAT, false, 24, 0);
        gl.glEnableVertexAttribArray(1);
        gl.glVertexAttribPointer(1, 3, GL3.GL_FLOAT, false, 24, 12);
        gl.glBindBuffer(GL3.GL_ELEMENT_ARRAY_BUFFER, ids[2]);
        gl.glBufferData(GL3.GL_ELEMENT_ARRAY_BUFFER, (long) indexCount * Integer.BYTES, indices, GL3.GL_STATIC_DRAW);
    }

    private static int compile(GL3 gl, int type, String resource) {
        int shader = gl.glCreateShader(type);
        gl.glShaderSource(shader, 1, new String[] {read(resource)}, null, 0);
        gl.glCompileShader(shader);
        return shader;
    }

    private static int link(GL3 gl, int vertex, int fragment) {
        int id = gl.glCreateProgram();
        gl.glAttachShader(id, vertex);
        gl.glAttachShader(id, fragment);
        gl.glLinkProgram(id);
        int[] status = new int[1];
        gl.glGetProgramiv(id, GL3.GL_LINK_STATUS, status, 0);
        if (status[0] == 0) {
            throw new IllegalStateException("the raw benchmark shader did not link");
        }
        return id;
    }

    private static String read(String resource) {
        try (InputStream in = RawDraw.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
