package org.myoplan.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.myoplan.render.gl.OffscreenRenderer;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.render.gl.PlacedMarker;
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

    /** Of the picture left free on each side when framing. */
    private static final float MARGIN = 0.04f;

    private final Scene scene;
    private OffscreenRenderer offscreen;

    public AnatomySnapshots(Scene scene) {
        this.scene = scene;
    }

    /** A picture with the camera it was taken with and where its markers came out. */
    public record Shot(BufferedImage image, OrbitCamera camera, List<PlacedMarker> markers) {

        public long visibleMarkers() {
            return markers.stream().filter(PlacedMarker::visible).count();
        }
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

    /** The box around the body: bones and muscles, without the skin. */
    public Scene.Bounds body() {
        return scene.bounds(mesh -> mesh.layer() != Layer.SKIN);
    }

    /** The box around these meshes (muscle keys), or around the body when none is in the scene. */
    public Scene.Bounds boundsOf(Collection<String> meshIds) {
        return scene.meshes().stream().anyMatch(mesh -> meshIds.contains(mesh.id()))
                ? scene.bounds(mesh -> meshIds.contains(mesh.id())) : body();
    }

    /**
     * The whole body from one side, with muscles emphasised and markers drawn (numbered discs where
     * they are seen, faint rings where they lie behind).
     *
     * @throws IllegalStateException or OpenGlUnavailableException when it cannot be drawn; the message says why
     */
    public BufferedImage render(View view, Map<String, Color> emphasis, List<Marker> markers, int width, int height) {
        return shoot(view, emphasis, markers, body(), Math.max(6f, height / 60f), width, height).image();
    }

    /**
     * A picture that fits a box (the body, or a treated region) from one side.
     *
     * @param markerRadius the markers' radius in pixels of the picture
     * @throws IllegalStateException or OpenGlUnavailableException when it cannot be drawn; the message says why
     */
    public synchronized Shot shoot(View view, Map<String, Color> emphasis, List<Marker> markers, Scene.Bounds framed,
            float markerRadius, int width, int height) {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(width, height);
        camera.setView(view.standard);
        camera.fit(framed, MARGIN);
        SceneStyle style = SceneStyle.PLAIN.withLayerShown(Layer.SKIN, false)
                .withEmphasis(Rgba.of(emphasis))
                .withMarkers(markers)
                .withMarkerRadius(markerRadius);
        BufferedImage image = offscreen().picture(camera, width, height, style);
        return new Shot(image, camera, offscreen().placedMarkers());
    }
}
