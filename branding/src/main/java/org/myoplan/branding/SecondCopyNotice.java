package org.myoplan.branding;

import java.awt.EventQueue;
import java.awt.Frame;
import java.io.PrintStream;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.netbeans.spi.sendopts.Env;
import org.netbeans.spi.sendopts.Option;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.OnShowing;
import org.openide.windows.WindowManager;

/**
 * A second Myoplan started on the same user directory does not start: the launcher finds the running
 * one by the directory's lock and hands it the command line, and the second process ends. Without a word
 * the clinician would think Myoplan failed to start. This processor runs in the running Myoplan for
 * every command line it is handed: it brings the main window to the front and says what happened, and
 * writes the same to the second copy's console.
 *
 * <p>The running Myoplan's own command line passes here too, at start, before its main window shows: that
 * one is recognised by {@link Shown} not having run yet.
 */
@ServiceProvider(service = OptionProcessor.class)
@Messages({
    "# {0} - user directory",
    "MSG_AlreadyRunning=Myoplan is already running with the user directory {0}.\n"
            + "This is that window: a second copy on the same directory would share the patient records, "
            + "so it was not started.",
    "# {0} - user directory",
    "MSG_AlreadyRunningConsole=Myoplan is already running with the user directory {0}; its window was brought to the "
        + "front."
})
public final class SecondCopyNotice extends OptionProcessor {

    private static final Option EVERY_START = Option.always();

    @Override
    protected Set<Option> getOptions() {
        return Collections.singleton(EVERY_START);
    }

    @Override
    protected void process(Env env, Map<Option, String[]> values) {
        if (!Shown.mainWindow) {
            return; // this Myoplan's own start
        }
        String userDir = System.getProperty("netbeans.user", "?");
        PrintStream console = env.getOutputStream();
        console.println(Bundle.MSG_AlreadyRunningConsole(userDir));
        EventQueue.invokeLater(() -> {
            Frame main = WindowManager.getDefault().getMainWindow();
            if ((main.getExtendedState() & Frame.ICONIFIED) != 0) {
                main.setExtendedState(main.getExtendedState() & ~Frame.ICONIFIED);
            }
            main.toFront();
            DialogDisplayer.getDefault().notifyLater(
                    new NotifyDescriptor.Message(Bundle.MSG_AlreadyRunning(userDir),
                    NotifyDescriptor.INFORMATION_MESSAGE));
        });
    }

    /** Notes that the main window shows: from then on a command line comes from another copy. */
    @OnShowing
    public static final class Shown implements Runnable {

        static volatile boolean mainWindow;

        @Override
        public void run() {
            mainWindow = true;
        }
    }
}
