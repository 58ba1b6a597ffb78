package org.myoplan.viewer.ui;

import org.openide.modules.OnStart;

/**
 * Generates the atlas (a few hundred milliseconds of mesh building) in the background while the
 * window system loads, beside the OpenGL warm-up, so the 3D View and the Muscles window find it ready.
 */
@OnStart
public final class AtlasWarmUp implements Runnable {

    @Override
    public void run() {
        AtlasAccess.atlas();
    }
}
