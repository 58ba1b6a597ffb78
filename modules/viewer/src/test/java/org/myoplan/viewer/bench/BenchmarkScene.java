package org.myoplan.viewer.bench;

import org.myoplan.viewer.scene.Mannequin;
import org.myoplan.viewer.scene.Scene;

/** The scene the benchmarks draw: what the 3D View shows by default. */
final class BenchmarkScene {

    private BenchmarkScene() {
    }

    static Scene load() {
        return Mannequin.scene();
    }

    static String name() {
        return "the standing figure";
    }
}
