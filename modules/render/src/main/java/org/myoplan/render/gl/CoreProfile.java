package org.myoplan.render.gl;

import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLProfile;
import java.util.Locale;
import java.util.Map;

/**
 * The one OpenGL profile Myoplan draws with: 3.3 core, which Mesa's software renderer (llvmpipe)
 * and every current GPU driver provide. Asked for by name, never by JOGL's default profile, which
 * may name a profile the driver lacks.
 */
public final class CoreProfile {

    /**
     * Myoplan draws with desktop OpenGL only. Without this JOGL also probes OpenGL ES through EGL when it
     * starts, making and dropping contexts for each version: some hundred milliseconds of the start-up
     * (about 0.3 s of 1.8 s on a two-core machine with llvmpipe). Left alone when set on the command line.
     */
    private static final String NO_OPENGL_ES = "jogl.disable.opengles";

    private CoreProfile() {
    }

    /**
     * @throws OpenGlUnavailableException with a reason a user can act on, when OpenGL cannot start
     */
    public static GLCapabilities capabilities() {
        GLProfile profile = profile();
        GLCapabilities capabilities = new GLCapabilities(profile);
        capabilities.setDepthBits(24);
        capabilities.setDoubleBuffered(true);
        return capabilities;
    }

    static GLProfile profile() {
        requireDisplay(System.getProperty("os.name", ""), System.getenv());
        if (System.getProperty(NO_OPENGL_ES) == null) {
            System.setProperty(NO_OPENGL_ES, "true"); // read once, when JOGL's GLProfile first starts
        }
        try {
            if (!GLProfile.isAvailable(GLProfile.GL3)) {
                throw new OpenGlUnavailableException(
                        "the graphics driver does not offer OpenGL 3.3 (core profile)", null);
            }
            return GLProfile.get(GLProfile.GL3);
        } catch (OpenGlUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // GLException, or NativeWindowException when there is no display to open
            throw new OpenGlUnavailableException("OpenGL could not be initialised (" + e.getMessage() + ")", e);
        } catch (LinkageError e) {
            throw new OpenGlUnavailableException("the OpenGL libraries could not be loaded (" + e.getMessage() + ")",
                    e);
        }
    }

    /**
     * On X11 systems OpenGL needs a display. Without one JOGL prints its own stack traces to the
     * console while it tries EGL, before failing anyway: say it first, in words.
     */
    static void requireDisplay(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11 = !os.startsWith("windows") && !os.startsWith("mac");
        if (x11 && isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            throw new OpenGlUnavailableException("there is no display to draw on (DISPLAY is not set);"
                    + " run it on a desktop, or under xvfb-run", null);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
