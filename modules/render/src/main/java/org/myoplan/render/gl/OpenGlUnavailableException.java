package org.myoplan.render.gl;

/** OpenGL cannot start on this computer; the message says why in words a user can act on. */
public final class OpenGlUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OpenGlUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
