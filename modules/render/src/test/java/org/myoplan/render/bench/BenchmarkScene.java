package org.myoplan.render.bench;

import org.myoplan.atlas.Atlas;
import org.myoplan.render.scene.AtlasScene;
import org.myoplan.render.scene.Scene;

/** The scene the benchmarks draw: what the 3D View shows by default. */
final class BenchmarkScene {

    private BenchmarkScene() {
    }

    static Scene load() {
        return AtlasScene.of(Atlas.loadDefault());
    }

    static String name() {
        return "the default atlas";
    }
}
