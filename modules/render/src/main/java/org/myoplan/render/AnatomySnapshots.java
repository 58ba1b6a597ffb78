package org.myoplan.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.myoplan.render.gl.OffscreenRenderer;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.render.gl.StandardView;
import org.myoplan.render.scene.Layer;
import org.myoplan.render.scene.Marker;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneStyle;

/**
 * Pictures of the atlas without any window, for documents: a standard view with chosen muscles
 * emphasised and markers drawn, at a given size. Needs OpenGL (on a server, a display such as Xvfb).
 */
public final class AnatomySnapshots implements AutoCloseable {

    /** The views a printed plan shows. */
    public enum View {
        ANTERIOR(StandardView.ANTERIOR), POSTERIOR(StandardView.POSTERIOR), LEFT(StandardView.LEFT),
        RIGHT(StandardView.RIGHT), SUPERIOR(StandardView.SUPERIOR);

        private final StandardView standard;

        View(StandardView standard) {
            this.standard = standard;
        }
    }

    /** Metres around the targets at least: enough of the body to see where they are. */
    private static final float MIN_TARGET_RADIUS = 0.3f;

    private final Scene scene;
    private OffscreenRenderer offscreen;

    public AnatomySnapshots(Scene scene) {
        this.scene = scene;
    }

    /** The offscreen buffer and uploaded scene, kept for the next pictures (they cost more than drawing). */
    private synchronized OffscreenRenderer offscreen() {
        if (offscreen == null) {
            offscreen = new OffscreenRenderer(scene);
        }
        return offscreen;
    }

    /** Frees the offscreen buffer; the next picture makes a new one. */
    @Override
    public synchronized void close() {
        if (offscreen != null) {
            offscreen.close();
            offscreen = null;
        }
    }

    /**
     * @throws IllegalStateException or OpenGlUnavailableException when it cannot be drawn; the message says why
     */
    public BufferedImage render(View view, Map<String, Color> emphasis, List<Marker> markers, int width, int height) {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(width, height);
        // Frame the emphasised muscles with room around them (so a limb fills the picture); the whole body otherwise.
        Scene.Bounds framed = emphasis.isEmpty() ? scene.bounds(mesh -> mesh.layer() != Layer.SKIN)
                : scene.bounds(mesh -> emphasis.containsKey(mesh.id()));
        float radius = emphasis.isEmpty() ? framed.radius() : Math.max(MIN_TARGET_RADIUS, framed.radius() * 1.5f);
        camera.frame(framed.x(), framed.y(), framed.z(), radius);
        camera.setView(view.standard);
        SceneStyle style = SceneStyle.PLAIN.withLayerShown(Layer.SKIN, false)
                .withEmphasis(Rgba.of(emphasis))
                .withMarkers(markers);
        return offscreen().picture(camera, width, height, style);
    }
}
