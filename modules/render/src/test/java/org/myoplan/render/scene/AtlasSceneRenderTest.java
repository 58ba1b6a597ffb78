package org.myoplan.render.scene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.render.gl.OffscreenRenderer;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.render.gl.StandardView;

/** The default atlas drawn offscreen from the front and the back; the PNGs are kept in target/ to look at. */
class AtlasSceneRenderTest {

    @Test
    void theAtlasIsDrawnFromTheFrontAndTheBack() throws IOException {
        Scene scene = AtlasScene.of(Atlas.loadDefault());
        for (StandardView view : new StandardView[] {StandardView.ANTERIOR, StandardView.POSTERIOR,
                StandardView.LEFT}) {
            OrbitCamera camera = new OrbitCamera();
            Scene.Bounds b = scene.bounds(m -> m.layer() != Layer.SKIN);
            camera.frame(b.x(), b.y(), b.z(), b.radius());
            camera.setView(view);
            BufferedImage image = OffscreenRenderer.render(scene, camera, 600, 900,
                    SceneStyle.PLAIN.withLayerShown(Layer.SKIN, false));
            File file = new File("target/atlas-" + view.name().toLowerCase() + ".png");
            ImageIO.write(image, "png", file);
            assertTrue(coverage(image) > 0.08, "the body fills part of the image (" + file + ")");
        }
    }

    private static double coverage(BufferedImage image) {
        int background = image.getRGB(1, 1);
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    count++;
                }
            }
        }
        return (double) count / (image.getWidth() * image.getHeight());
    }
}
