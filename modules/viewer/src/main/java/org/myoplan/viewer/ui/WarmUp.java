package org.myoplan.viewer.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.render.gl.CoreProfile;
import org.myoplan.render.gl.OpenGlUnavailableException;
import org.openide.modules.OnStart;
import org.openide.util.RequestProcessor;

/**
 * Starts OpenGL's one-time set-up (native libraries, probing the driver's profiles: one to two seconds
 * on software rendering) in the background while the window system loads, so the 3D View draws sooner.
 * It runs on its own thread: the platform waits for every @OnStart task before it shows the main
 * window, which need not wait for OpenGL. A failure here is only logged: the 3D View meets it again
 * and explains it to the user.
 */
@OnStart
public final class WarmUp implements Runnable {

    private static final RequestProcessor OPENGL = new RequestProcessor("OpenGL warm-up", 1);

    @Override
    public void run() {
        OPENGL.post(WarmUp::prepareOpenGl);
    }

    private static void prepareOpenGl() {
        try {
            CoreProfile.capabilities();
        } catch (OpenGlUnavailableException e) {
            Logger.getLogger(WarmUp.class.getName()).log(Level.FINE, "OpenGL warm-up failed", e);
        }
    }
}
