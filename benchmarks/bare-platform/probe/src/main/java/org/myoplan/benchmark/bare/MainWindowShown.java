package org.myoplan.benchmark.bare;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.windows.OnShowing;

/** The bare application's counterpart of the 3D View's first-frame log line. */
@OnShowing
public final class MainWindowShown implements Runnable {

    @Override
    public void run() {
        Logger.getLogger(MainWindowShown.class.getName()).log(Level.INFO,
                "Bare platform: main window shown {0} ms after the JVM started",
                ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
