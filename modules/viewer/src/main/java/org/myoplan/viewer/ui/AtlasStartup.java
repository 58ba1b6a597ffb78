package org.myoplan.viewer.ui;

import org.myoplan.viewer.api.AtlasService;
import org.openide.modules.OnStart;
import org.openide.util.RequestProcessor;

/**
 * Reads the atlas to start with (the imported one kept in the user directory, or the built-in one, a
 * few hundred milliseconds) in the background while the window system loads, beside the OpenGL
 * warm-up, so the 3D View and the Muscles window find it ready. On its own thread: the platform waits
 * for every @OnStart task before it shows the main window.
 */
@OnStart
public final class AtlasStartup implements Runnable {

    private static final RequestProcessor READER = new RequestProcessor("Atlas at start", 1);

    @Override
    public void run() {
        if (AtlasService.getDefault() instanceof DefaultAtlasService atlases) {
            READER.post(atlases::start);
        }
    }
}
