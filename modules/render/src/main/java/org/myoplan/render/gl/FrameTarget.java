package org.myoplan.render.gl;

import com.jogamp.opengl.GL3;

/**
 * The framebuffer a frame with a selection is drawn into before it reaches the view: the shaded
 * colour, a mask of the selected meshes' visible pixels (for the outline pass) and depth. Resized
 * with the view. A frame without a selection goes straight to the view, which costs less.
 */
final class FrameTarget {

    private int framebuffer;
    private int colour;
    private int mask;
    private int depth;
    private int width;
    private int height;

    /** Binds the target for drawing, (re)making it at this size first when needed. */
    void bind(GL3 gl, int w, int h) {
        if (framebuffer == 0 || w != width || h != height) {
            dispose(gl);
            create(gl, w, h);
        }
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, framebuffer);
        gl.glDrawBuffers(2, new int[] {GL3.GL_COLOR_ATTACHMENT0, GL3.GL_COLOR_ATTACHMENT1}, 0);
        gl.glViewport(0, 0, w, h);
    }

    /** Copies the shaded colour into the framebuffer bound for drawing (the view). */
    void copyColourTo(GL3 gl, int drawFramebuffer) {
        gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, framebuffer);
        gl.glReadBuffer(GL3.GL_COLOR_ATTACHMENT0);
        gl.glBindFramebuffer(GL3.GL_DRAW_FRAMEBUFFER, drawFramebuffer);
        gl.glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL3.GL_COLOR_BUFFER_BIT, GL3.GL_NEAREST);
    }

    int maskTexture() {
        return mask;
    }

    private void create(GL3 gl, int w, int h) {
        int[] ids = new int[2];
        gl.glGenFramebuffers(1, ids, 0);
        framebuffer = ids[0];
        gl.glGenTextures(2, ids, 0);
        colour = ids[0];
        mask = ids[1];
        texture(gl, colour, GL3.GL_RGBA8, GL3.GL_RGBA, w, h);
        texture(gl, mask, GL3.GL_R8, GL3.GL_RED, w, h);
        gl.glGenRenderbuffers(1, ids, 0);
        depth = ids[0];
        gl.glBindRenderbuffer(GL3.GL_RENDERBUFFER, depth);
        gl.glRenderbufferStorage(GL3.GL_RENDERBUFFER, GL3.GL_DEPTH_COMPONENT24, w, h);
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, framebuffer);
        gl.glFramebufferTexture2D(GL3.GL_FRAMEBUFFER, GL3.GL_COLOR_ATTACHMENT0, GL3.GL_TEXTURE_2D, colour, 0);
        gl.glFramebufferTexture2D(GL3.GL_FRAMEBUFFER, GL3.GL_COLOR_ATTACHMENT1, GL3.GL_TEXTURE_2D, mask, 0);
        gl.glFramebufferRenderbuffer(GL3.GL_FRAMEBUFFER, GL3.GL_DEPTH_ATTACHMENT, GL3.GL_RENDERBUFFER, depth);
        int status = gl.glCheckFramebufferStatus(GL3.GL_FRAMEBUFFER);
        if (status != GL3.GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("the frame buffer could not be made (status 0x"
                    + Integer.toHexString(status) + ")");
        }
        width = w;
        height = h;
    }

    private static void texture(GL3 gl, int id, int internalFormat, int format, int w, int h) {
        gl.glBindTexture(GL3.GL_TEXTURE_2D, id);
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, 0, internalFormat, w, h, 0, format, GL3.GL_UNSIGNED_BYTE, null);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MAG_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_WRAP_S, GL3.GL_CLAMP_TO_EDGE);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_WRAP_T, GL3.GL_CLAMP_TO_EDGE);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, 0);
    }

    void dispose(GL3 gl) {
        if (framebuffer != 0) {
            gl.glDeleteFramebuffers(1, new int[] {framebuffer}, 0);
            gl.glDeleteTextures(2, new int[] {colour, mask}, 0);
            gl.glDeleteRenderbuffers(1, new int[] {depth}, 0);
            framebuffer = 0;
        }
    }
}
