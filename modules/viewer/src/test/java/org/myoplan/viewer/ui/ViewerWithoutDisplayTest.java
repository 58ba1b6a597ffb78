package org.myoplan.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.util.List;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.Shapes;

/**
 * Runs in its own JVM with no X display (see the surefire execution in the pom), where OpenGL cannot
 * start: the 3D View must then say so in words instead of failing.
 */
class ViewerWithoutDisplayTest {

    @Test
    void theViewExplainsThatOpenGlCannotStart() {
        assertEquals("", System.getenv().getOrDefault("DISPLAY", ""), "this test needs a JVM without a display");
        ViewerPanel panel = new ViewerPanel(new Scene(List.of(
                Shapes.sphere("ball", new float[] {0, 1, 0}, 0.2f, 12, Rgba.opaque(0.8f, 0.3f, 0.3f)))));

        JLabel message = null;
        for (Component child : panel.getComponents()) {
            if (ViewerPanel.MESSAGE_NAME.equals(child.getName())) {
                message = (JLabel) child;
            }
            assertTrue(!ViewerPanel.CANVAS_NAME.equals(child.getName()), "no drawing surface without OpenGL");
        }
        assertNotNull(message, "a message takes the drawing surface's place");
        assertTrue(message.getText().contains("The 3D view cannot be shown"), message.getText());
        assertTrue(message.getText().contains("Everything else in Myoplan works"), message.getText());
        assertTrue(!message.getText().contains("Exception"), "no stack trace at the user: " + message.getText());
    }
}
