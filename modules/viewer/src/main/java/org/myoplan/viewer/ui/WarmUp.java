package org.myoplan.viewer.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.render.gl.CoreProfile;
import org.myoplan.render.gl.OpenGlUnavailableException;
import org.openide.modules.OnStart;

/**
 * Starts OpenGL's one-time set-up (native libraries, probing the driver's profiles, some hundreds of
 * milliseconds) in the background while the window system loads, so the 3D View draws sooner.
 * A failure here is only logged: the 3D View meets it again and explains it to the user.
 */
@OnStart
public final class WarmUp implements Runnable {

    @Override
    public void run() {
        try {
            CoreProfile.capabilities();
        } catch (OpenGlUnavailableException e) {
            Logger.getLogger(WarmUp.class.getName()).log(Level.FINE, "OpenGL warm-up failed", e);
        }
    }
}
