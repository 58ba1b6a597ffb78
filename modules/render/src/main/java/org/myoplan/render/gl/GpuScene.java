package org.myoplan.render.gl;

import com.jogamp.common.nio.Buffers;
import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.Comparator;
import java.util.List;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneMesh;
import org.myoplan.render.scene.SceneStyle;

/**
 * The whole scene on the GPU in one vertex array: every mesh's vertices (position, normal, the mesh's
 * number) in one buffer and its triangles in one index buffer, meshes stored outer layer first (skin,
 * superficial, intermediate and deep muscles, bones). A run of neighbouring meshes is then drawn with one
 * call, and the opaque ones front to back, so that the depth test spares the shading of what lies beneath.
 * Each mesh's colour, as the style gives it, is one texel of a buffer texture the vertex shader reads.
 *
 * <p>On software rendering (llvmpipe) every draw call costs its own vertex and set-up pass, so a scene of
 * some hundred meshes drawn one call each cost more than the same triangles in one call.
 */
final class GpuScene {

    /** Vertex attribute locations, as scene.vert declares them. */
    static final int POSITION = 0;
    static final int NORMAL = 1;
    static final int MESH_NUMBER = 2;
    /** Position and normal (6 floats) and the mesh's number (1 int). */
    private static final int STRIDE = 7 * Float.BYTES;

    private final List<SceneMesh> meshes;
    private final long[] firstIndexByte;
    private final int[] indexCount;
    private final int vertexArray;
    private final int[] buffers;
    private final int colourTexture;
    private final FloatBuffer colours;
    private SceneStyle coloured;

    private GpuScene(List<SceneMesh> meshes, long[] firstIndexByte, int[] indexCount, int vertexArray, int[] buffers,
            int colourTexture) {
        this.meshes = meshes;
        this.firstIndexByte = firstIndexByte;
        this.indexCount = indexCount;
        this.vertexArray = vertexArray;
        this.buffers = buffers;
        this.colourTexture = colourTexture;
        this.colours = Buffers.newDirectFloatBuffer(Math.max(1, meshes.size()) * 4);
    }

    /**
     * The scene's buffers in the order they are drawn, made on any thread: a few megabytes of copying that
     * need not hold up the thread that draws.
     */
    record Data(List<SceneMesh> meshes, ByteBuffer vertices, IntBuffer indices, long[] firstIndexByte,
            int[] indexCount) {
    }

    static Data prepare(Scene scene) {
        List<SceneMesh> meshes = scene.meshes().stream()
                .sorted(Comparator.comparing((SceneMesh mesh) -> mesh.layer()).reversed()).toList();
        int vertices = meshes.stream().mapToInt(SceneMesh::vertexCount).sum();
        int indices = meshes.stream().mapToInt(mesh -> mesh.indices().length).sum();
        // Plain java.nio rather than JOGL's Buffers: made off the GL thread, and JOGL's classes start up
        // in a cycle (Buffers and its platform properties) that two threads starting it at once deadlock on.
        ByteBuffer vertexData = direct(Math.max(1, vertices) * STRIDE);
        IntBuffer indexData = direct(Math.max(1, indices) * Integer.BYTES).asIntBuffer();
        long[] firstIndexByte = new long[meshes.size()];
        int[] indexCount = new int[meshes.size()];
        int base = 0;
        for (int m = 0; m < meshes.size(); m++) {
            SceneMesh mesh = meshes.get(m);
            float[] p = mesh.positions(), n = mesh.normals();
            for (int i = 0; i < p.length; i += 3) {
                vertexData.putFloat(p[i]).putFloat(p[i + 1]).putFloat(p[i + 2])
                        .putFloat(n[i]).putFloat(n[i + 1]).putFloat(n[i + 2]).putInt(m);
            }
            firstIndexByte[m] = (long) indexData.position() * Integer.BYTES;
            indexCount[m] = mesh.indices().length;
            for (int index : mesh.indices()) {
                indexData.put(base + index);
            }
            base += mesh.vertexCount();
        }
        return new Data(meshes, vertexData.flip(), indexData.flip(), firstIndexByte, indexCount);
    }

    /** Leaves the vertex array bound. */
    static GpuScene upload(GL3 gl, Data data) {
        List<SceneMesh> meshes = data.meshes();
        ByteBuffer vertexData = data.vertices().duplicate();
        IntBuffer indexData = data.indices().duplicate();
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        int vertexArray = ids[0];
        int[] buffers = new int[3];
        gl.glGenBuffers(3, buffers, 0);
        gl.glBindVertexArray(vertexArray);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, buffers[0]);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, vertexData.limit(), vertexData, GL3.GL_STATIC_DRAW);
        gl.glEnableVertexAttribArray(POSITION);
        gl.glVertexAttribPointer(POSITION, 3, GL3.GL_FLOAT, false, STRIDE, 0);
        gl.glEnableVertexAttribArray(NORMAL);
        gl.glVertexAttribPointer(NORMAL, 3, GL3.GL_FLOAT, false, STRIDE, 3L * Float.BYTES);
        gl.glEnableVertexAttribArray(MESH_NUMBER);
        gl.glVertexAttribIPointer(MESH_NUMBER, 1, GL3.GL_INT, STRIDE, 6L * Float.BYTES);
        gl.glBindBuffer(GL3.GL_ELEMENT_ARRAY_BUFFER, buffers[1]);
        gl.glBufferData(GL3.GL_ELEMENT_ARRAY_BUFFER, (long) indexData.limit() * Integer.BYTES, indexData,
                GL3.GL_STATIC_DRAW);

        gl.glBindBuffer(GL3.GL_TEXTURE_BUFFER, buffers[2]);
        long colourBytes = (long) Math.max(1, meshes.size()) * 4 * Float.BYTES;
        gl.glBufferData(GL3.GL_TEXTURE_BUFFER, colourBytes, null, GL3.GL_DYNAMIC_DRAW);
        gl.glGenTextures(1, ids, 0);
        gl.glBindTexture(GL3.GL_TEXTURE_BUFFER, ids[0]);
        gl.glTexBuffer(GL3.GL_TEXTURE_BUFFER, GL3.GL_RGBA32F, buffers[2]);
        gl.glBindTexture(GL3.GL_TEXTURE_BUFFER, 0);
        gl.glBindBuffer(GL3.GL_TEXTURE_BUFFER, 0);
        return new GpuScene(meshes, data.firstIndexByte(), data.indexCount(), vertexArray, buffers, ids[0]);
    }

    /** The meshes in the order they are stored: outer layers first. */
    List<SceneMesh> meshes() {
        return meshes;
    }

    /** Binds the vertex array, and the colour texture to the unit with the style's colours (rewritten on a change). */
    void bind(GL3 gl, SceneStyle style, int textureUnit) {
        if (style != coloured) {
            writeColours(gl, style);
        }
        gl.glBindVertexArray(vertexArray);
        gl.glActiveTexture(GL3.GL_TEXTURE0 + textureUnit);
        gl.glBindTexture(GL3.GL_TEXTURE_BUFFER, colourTexture);
        gl.glActiveTexture(GL3.GL_TEXTURE0);
    }

    /** Draws the meshes from {@code first} to {@code last} (inclusive), which lie next to each other in the buffers. */
    void draw(GL3 gl, int first, int last) {
        long bytes = firstIndexByte[last] + (long) indexCount[last] * Integer.BYTES - firstIndexByte[first];
        gl.glDrawElements(GL3.GL_TRIANGLES, (int) (bytes / Integer.BYTES), GL3.GL_UNSIGNED_INT, firstIndexByte[first]);
    }

    private static ByteBuffer direct(int bytes) {
        return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }

    void dispose(GL3 gl) {
        gl.glDeleteTextures(1, new int[] {colourTexture}, 0);
        gl.glDeleteBuffers(buffers.length, buffers, 0);
        gl.glDeleteVertexArrays(1, new int[] {vertexArray}, 0);
    }

    /** Each mesh's colour with its opacity; the mesh under the mouse lightened towards white. */
    private void writeColours(GL3 gl, SceneStyle style) {
        colours.clear();
        for (SceneMesh mesh : meshes) {
            Rgba c = style.colourOf(mesh);
            float keep = style.isHovered(mesh) ? 1f - SceneStyle.HOVER_TINT : 1f;
            float add = 1f - keep;
            colours.put(c.r() * keep + add).put(c.g() * keep + add).put(c.b() * keep + add).put(c.a());
        }
        colours.flip();
        gl.glBindBuffer(GL3.GL_TEXTURE_BUFFER, buffers[2]);
        gl.glBufferSubData(GL3.GL_TEXTURE_BUFFER, 0, (long) colours.limit() * Float.BYTES, colours);
        gl.glBindBuffer(GL3.GL_TEXTURE_BUFFER, 0);
        coloured = style;
    }
}
