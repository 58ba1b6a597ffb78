package org.myoplan.render.gl;

import com.jogamp.common.nio.Buffers;
import com.jogamp.opengl.GL3;
import java.nio.FloatBuffer;
import org.myoplan.render.scene.SceneMesh;

/**
 * A mesh uploaded to the GPU on its own: one vertex array with interleaved position and normal, and an
 * index buffer. The marker probe uses it; the scene itself lives in one {@link GpuScene}.
 */
final class GpuMesh {

    private static final int FLOATS_PER_VERTEX = 6;
    private static final int POSITION = GpuScene.POSITION;
    private static final int NORMAL = GpuScene.NORMAL;

    private final int vertexArray;
    private final int vertexBuffer;
    private final int indexBuffer;
    private final int indexCount;

    private GpuMesh(int vertexArray, int vertexBuffer, int indexBuffer, int indexCount) {
        this.vertexArray = vertexArray;
        this.vertexBuffer = vertexBuffer;
        this.indexBuffer = indexBuffer;
        this.indexCount = indexCount;
    }

    static GpuMesh upload(GL3 gl, SceneMesh mesh) {
        int[] ids = new int[3];
        gl.glGenVertexArrays(1, ids, 0);
        gl.glGenBuffers(2, ids, 1);
        gl.glBindVertexArray(ids[0]);

        FloatBuffer vertices = interleave(mesh);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, ids[1]);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) vertices.capacity() * Float.BYTES, vertices, GL3.GL_STATIC_DRAW);
        int stride = FLOATS_PER_VERTEX * Float.BYTES;
        gl.glEnableVertexAttribArray(POSITION);
        gl.glVertexAttribPointer(POSITION, 3, GL3.GL_FLOAT, false, stride, 0);
        gl.glEnableVertexAttribArray(NORMAL);
        gl.glVertexAttribPointer(NORMAL, 3, GL3.GL_FLOAT, false, stride, 3L * Float.BYTES);

        gl.glBindBuffer(GL3.GL_ELEMENT_ARRAY_BUFFER, ids[2]);
        gl.glBufferData(GL3.GL_ELEMENT_ARRAY_BUFFER, (long) mesh.indices().length * Integer.BYTES,
                Buffers.newDirectIntBuffer(mesh.indices()), GL3.GL_STATIC_DRAW);
        gl.glBindVertexArray(0);
        return new GpuMesh(ids[0], ids[1], ids[2], mesh.indices().length);
    }

    void draw(GL3 gl) {
        gl.glBindVertexArray(vertexArray);
        gl.glDrawElements(GL3.GL_TRIANGLES, indexCount, GL3.GL_UNSIGNED_INT, 0);
    }

    void dispose(GL3 gl) {
        gl.glDeleteBuffers(2, new int[] {vertexBuffer, indexBuffer}, 0);
        gl.glDeleteVertexArrays(1, new int[] {vertexArray}, 0);
    }

    private static FloatBuffer interleave(SceneMesh mesh) {
        float[] p = mesh.positions(), n = mesh.normals();
        FloatBuffer buffer = Buffers.newDirectFloatBuffer(p.length * 2);
        for (int i = 0; i < p.length; i += 3) {
            buffer.put(p, i, 3).put(n, i, 3);
        }
        return buffer.flip();
    }
}
