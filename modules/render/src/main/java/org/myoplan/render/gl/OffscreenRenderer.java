package org.myoplan.render.gl;

import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.util.awt.AWTGLReadBufferUtil;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneStyle;

/** Renders a scene into an image without any window: for documents, benchmarks and tests. */
public final class OffscreenRenderer {

    private OffscreenRenderer() {
    }

    /**
     * @throws OpenGlUnavailableException when OpenGL cannot start
     * @throws IllegalStateException when drawing failed; the cause says why
     */
    public static BufferedImage render(Scene scene, OrbitCamera camera, int width, int height) {
        return render(scene, camera, width, height, SceneStyle.PLAIN);
    }

    /** Renders with emphasis, visibility and markers (for documents: the targets of a plan). */
    public static BufferedImage render(Scene scene, OrbitCamera camera, int width, int height, SceneStyle style) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
        GLCapabilities capabilities = CoreProfile.capabilities();
        capabilities.setOnscreen(false);
        capabilities.setFBO(true);
        GLOffscreenAutoDrawable drawable = GLDrawableFactory.getFactory(capabilities.getGLProfile())
                .createOffscreenAutoDrawable(null, capabilities, null, width, height);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        try {
            SceneRenderer renderer = new SceneRenderer(scene, camera, failure::set);
            renderer.setStyle(style);
            drawable.addGLEventListener(renderer);
            drawable.display();
            drawable.invoke(true, d -> {
                image.set(new AWTGLReadBufferUtil(d.getGLProfile(), false).readPixelsToBufferedImage(d.getGL(), true));
                return true;
            });
        } finally {
            drawable.destroy();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The scene could not be drawn: " + failure.get().getMessage(), failure.get());
        }
        return image.get();
    }
}
