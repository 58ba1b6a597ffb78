package org.myoplan.render.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.store.AtlasStore;
import org.myoplan.render.scene.AtlasScene;
import org.myoplan.render.scene.Layer;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneStyle;

/**
 * The atlas the benchmarks draw: the built-in one, or an imported atlas kept by {@link AtlasStore} when the
 * system property {@value #ATLAS_PROPERTY} names its file.
 */
record BenchmarkScene(String name, Atlas atlas, Scene scene) {

    static final String ATLAS_PROPERTY = "myoplan.bench.atlas";

    /** What the 3D View shows when it opens: every layer but the skin, which hides the muscles. */
    static final SceneStyle VIEW_AT_START = SceneStyle.PLAIN.withLayerShown(Layer.SKIN, false);

    static BenchmarkScene load() {
        String file = System.getProperty(ATLAS_PROPERTY, "");
        if (file.isBlank()) {
            Atlas atlas = Atlas.loadDefault();
            return new BenchmarkScene("the built-in atlas", atlas, AtlasScene.of(atlas));
        }
        try {
            Atlas atlas = AtlasStore.read(Path.of(file));
            return new BenchmarkScene("the atlas in " + file, atlas, AtlasScene.of(atlas));
        } catch (IOException e) {
            throw new UncheckedIOException("The atlas " + file + " (" + ATLAS_PROPERTY + ") could not be read", e);
        } catch (AtlasFormatException e) {
            throw new IllegalArgumentException("The atlas " + file + " (" + ATLAS_PROPERTY + ") is not an atlas store: "
                    + e.getMessage(), e);
        }
    }

    /** The triangles drawn with the given style: those of the shown meshes. */
    int shownTriangles(SceneStyle style) {
        return scene.meshes().stream().filter(style::isShown).mapToInt(m -> m.triangleCount()).sum();
    }
}
