package org.myoplan.render.gl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a display OpenGL is refused in words, before JOGL prints stack traces of its own. */
class CoreProfileTest {

    @Test
    void linuxWithoutADisplayIsRefusedInWords() {
        OpenGlUnavailableException e = assertThrows(OpenGlUnavailableException.class,
                () -> CoreProfile.requireDisplay("Linux", Map.of()));
        assertTrue(e.getMessage().contains("no display"), e.getMessage());
        assertTrue(e.getMessage().contains("xvfb-run"), e.getMessage());
    }

    @Test
    void anX11OrWaylandDisplayIsEnough() {
        assertDoesNotThrow(() -> CoreProfile.requireDisplay("Linux", Map.of("DISPLAY", ":99")));
        assertDoesNotThrow(() -> CoreProfile.requireDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
    }

    @Test
    void windowsAndMacOsNeedNoDisplayVariable() {
        assertDoesNotThrow(() -> CoreProfile.requireDisplay("Windows 11", Map.of()));
        assertDoesNotThrow(() -> CoreProfile.requireDisplay("Mac OS X", Map.of()));
    }
}
