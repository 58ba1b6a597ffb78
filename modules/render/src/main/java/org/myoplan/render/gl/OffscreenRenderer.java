package org.myoplan.render.gl;

import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.util.awt.AWTGLReadBufferUtil;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneStyle;

/**
 * Renders a scene into images without any window: for documents, benchmarks and tests. A renderer
 * keeps its offscreen buffer and the uploaded scene between pictures of the same size, since making
 * them costs more than drawing; close it when done.
 */
public final class OffscreenRenderer implements AutoCloseable {

    private final Scene scene;
    private final OrbitCamera camera = new OrbitCamera();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final SceneRenderer renderer;
    private GLOffscreenAutoDrawable drawable;
    private int width;
    private int height;

    /**
     * @throws OpenGlUnavailableException when OpenGL cannot start
     */
    public OffscreenRenderer(Scene scene) {
        this.scene = scene;
        this.renderer = new SceneRenderer(scene, camera, failure::set);
    }

    /** One picture, without keeping anything. */
    public static BufferedImage render(Scene scene, OrbitCamera camera, int width, int height) {
        return render(scene, camera, width, height, SceneStyle.PLAIN);
    }

    /** One picture with emphasis, visibility and markers, without keeping anything. */
    public static BufferedImage render(Scene scene, OrbitCamera camera, int width, int height, SceneStyle style) {
        try (OffscreenRenderer renderer = new OffscreenRenderer(scene)) {
            return renderer.picture(camera, width, height, style);
        }
    }

    /**
     * @param view the camera to look through (its orientation, target and distance are copied)
     * @throws IllegalStateException when drawing failed; the cause says why
     */
    public synchronized BufferedImage picture(OrbitCamera view, int pictureWidth, int pictureHeight, SceneStyle style) {
        if (pictureWidth <= 0 || pictureHeight <= 0) {
            throw new IllegalArgumentException("image size must be positive, was " + pictureWidth + "x"
                    + pictureHeight);
        }
        ensureDrawable(pictureWidth, pictureHeight);
        camera.copy(view);
        camera.setAspect(pictureWidth, pictureHeight);
        renderer.setStyle(style);
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        drawable.display();
        drawable.invoke(true, d -> {
            image.set(new AWTGLReadBufferUtil(d.getGLProfile(), false).readPixelsToBufferedImage(d.getGL(), true));
            return true;
        });
        if (failure.get() != null) {
            throw new IllegalStateException("The scene could not be drawn: " + failure.get().getMessage(),
                    failure.get());
        }
        BufferedImage picture = image.get();
        Graphics2D g = picture.createGraphics();
        MarkerPainter.paint(g, renderer.placedMarkers(), style.markerRadius(), 1);
        g.dispose();
        return picture;
    }

    public Scene scene() {
        return scene;
    }

    /** The markers of the last picture: where they came out and which are visible. */
    public List<PlacedMarker> placedMarkers() {
        return renderer.placedMarkers();
    }

    private void ensureDrawable(int w, int h) {
        if (drawable != null && w == width && h == height) {
            return;
        }
        if (drawable != null) {
            drawable.setSurfaceSize(w, h);
        } else {
            GLCapabilities capabilities = CoreProfile.capabilities();
            capabilities.setOnscreen(false);
            capabilities.setFBO(true);
            drawable = GLDrawableFactory.getFactory(capabilities.getGLProfile())
                    .createOffscreenAutoDrawable(null, capabilities, null, w, h);
            drawable.addGLEventListener(renderer);
        }
        width = w;
        height = h;
    }

    @Override
    public synchronized void close() {
        if (drawable != null) {
            drawable.destroy();
            drawable = null;
        }
    }
}
