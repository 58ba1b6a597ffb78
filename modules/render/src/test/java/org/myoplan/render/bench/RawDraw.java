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
import java.util.List;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.render.gl.SceneRenderer;
import org.myoplan.render.scene.SceneMesh;

/**
 * The baseline of the frame benchmark: the same triangles merged into one buffer and drawn with one
 * call, with the renderer's own lighting shader (scene.vert, scene.frag) and one colour, so that the
 * ratio to the renderer measures how the renderer draws, not how it shades.
 */
final class RawDraw implements GLEventListener {

    private static final String SHADERS = "/org/myoplan/render/gl/";
    private static final float[] IDENTITY = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
    private static final float[] MUSCLE_RED = {0.78f, 0.30f, 0.28f, 1f};

    private final List<SceneMesh> meshes;
    private final OrbitCamera camera;
    private int program;
    private int vertexArray;
    private int[] buffers = new int[3];
    private int colourTexture;
    private int indexCount;

    RawDraw(List<SceneMesh> meshes, OrbitCamera camera) {
        this.meshes = List.copyOf(meshes);
        this.camera = camera;
    }

    @Override
    public void init(GLAutoDrawable drawable) {
        GL3 gl = drawable.getGL().getGL3();
        program = link(gl, compile(gl, GL3.GL_VERTEX_SHADER, "scene.vert"), compile(gl, GL3.GL_FRAGMENT_SHADER,
                "scene.frag"));
        upload(gl);
        gl.glEnable(GL3.GL_DEPTH_TEST);
        gl.glEnable(GL3.GL_CULL_FACE);
        float[] background = SceneRenderer.BACKGROUND;
        gl.glClearColor(background[0], background[1], background[2], 1f);
        gl.glUseProgram(program);
        gl.glUniformMatrix4fv(gl.glGetUniformLocation(program, "modelMatrix"), 1, false, IDENTITY, 0);
        gl.glUniform1f(gl.glGetUniformLocation(program, "selected"), 0f);
        gl.glUniform1i(gl.glGetUniformLocation(program, "meshColours"), 1);
    }

    @Override
    public void display(GLAutoDrawable drawable) {
        GL3 gl = drawable.getGL().getGL3();
        gl.glClear(GL3.GL_COLOR_BUFFER_BIT | GL3.GL_DEPTH_BUFFER_BIT);
        gl.glUseProgram(program);
        gl.glUniformMatrix4fv(gl.glGetUniformLocation(program, "viewMatrix"), 1, false,
                camera.viewMatrix().get(new float[16]), 0);
        gl.glUniformMatrix4fv(gl.glGetUniformLocation(program, "projectionMatrix"), 1, false,
                camera.projectionMatrix().get(new float[16]), 0);
        gl.glBindVertexArray(vertexArray);
        gl.glActiveTexture(GL3.GL_TEXTURE1);
        gl.glBindTexture(GL3.GL_TEXTURE_BUFFER, colourTexture);
        gl.glDrawElements(GL3.GL_TRIANGLES, indexCount, GL3.GL_UNSIGNED_INT, 0);
    }

    @Override
    public void reshape(GLAutoDrawable drawable, int x, int y, int width, int height) {
        drawable.getGL().glViewport(0, 0, width, height);
        camera.setAspect(width, height);
    }

    @Override
    public void dispose(GLAutoDrawable drawable) {
        GL3 gl = drawable.getGL().getGL3();
        gl.glDeleteTextures(1, new int[] {colourTexture}, 0);
        gl.glDeleteBuffers(3, buffers, 0);
        gl.glDeleteVertexArrays(1, new int[] {vertexArray}, 0);
        gl.glDeleteProgram(program);
    }

    private void upload(GL3 gl) {
        int vertices = meshes.stream().mapToInt(SceneMesh::vertexCount).sum();
        FloatBuffer data = Buffers.newDirectFloatBuffer(vertices * 6);
        IntBuffer indices = Buffers.newDirectIntBuffer(meshes.stream().mapToInt(m -> m.indices().length).sum());
        int base = 0;
        for (SceneMesh mesh : meshes) {
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
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vertexArray = ids[0];
        gl.glGenBuffers(3, buffers, 0);
        gl.glBindVertexArray(vertexArray);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, buffers[0]);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) data.limit() * Float.BYTES, data, GL3.GL_STATIC_DRAW);
        gl.glEnableVertexAttribArray(0);
        gl.glVertexAttribPointer(0, 3, GL3.GL_FLOAT, false, 24, 0);
        gl.glEnableVertexAttribArray(1);
        gl.glVertexAttribPointer(1, 3, GL3.GL_FLOAT, false, 24, 12);
        gl.glBindBuffer(GL3.GL_ELEMENT_ARRAY_BUFFER, buffers[1]);
        gl.glBufferData(GL3.GL_ELEMENT_ARRAY_BUFFER, (long) indexCount * Integer.BYTES, indices, GL3.GL_STATIC_DRAW);
        // One colour for all: the vertices carry no mesh number, so the shader reads texel 0.
        gl.glBindBuffer(GL3.GL_TEXTURE_BUFFER, buffers[2]);
        gl.glBufferData(GL3.GL_TEXTURE_BUFFER, 4L * Float.BYTES, Buffers.newDirectFloatBuffer(MUSCLE_RED),
                GL3.GL_STATIC_DRAW);
        gl.glGenTextures(1, ids, 0);
        colourTexture = ids[0];
        gl.glBindTexture(GL3.GL_TEXTURE_BUFFER, colourTexture);
        gl.glTexBuffer(GL3.GL_TEXTURE_BUFFER, GL3.GL_RGBA32F, buffers[2]);
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
        gl.glDeleteShader(vertex);
        gl.glDeleteShader(fragment);
        int[] status = new int[1];
        gl.glGetProgramiv(id, GL3.GL_LINK_STATUS, status, 0);
        if (status[0] == 0) {
            throw new IllegalStateException("the renderer's shaders did not link for the raw draw");
        }
        return id;
    }

    private static String read(String resource) {
        try (InputStream in = RawDraw.class.getResourceAsStream(SHADERS + resource)) {
            if (in == null) {
                throw new IllegalStateException("the renderer's shader " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
