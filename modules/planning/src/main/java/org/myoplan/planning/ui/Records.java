package org.myoplan.planning.ui;

import java.awt.EventQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistoryException;
import org.myoplan.history.ui.api.PatientRecords;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * Runs work on the patient records away from the event thread, with a progress bar, and hands the
 * result back on the event thread. A failure is told to the clinician in words; the work's input is
 * left with the caller, so nothing typed is lost.
 */
@Messages({
    "# {0} - what failed", "# {1} - why",
    "MSG_RecordsFailed={0} failed: {1}"
})
final class Records {

    private static final Logger LOG = Logger.getLogger(Records.class.getName());
    private static final RequestProcessor WORKER = new RequestProcessor("Patient records", 1);

    private Records() {
    }

    /** Runs {@code work} with the open records; {@code done} gets its result on the event thread. */
    static <T> void run(String title, Function<HistoryDatabase, T> work, Consumer<T> done) {
        run(title, work, done, message -> DialogDisplayer.getDefault().notifyLater(
                new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE)));
    }

    /** As above, but a failure's message goes to {@code failed} on the event thread (a dialog's message line). */
    static <T> void run(String title, Function<HistoryDatabase, T> work, Consumer<T> done, Consumer<String> failed) {
        WORKER.post(() -> {
            ProgressHandle progress = ProgressHandle.createHandle(title);
            progress.start();
            try {
                PatientRecords.database().ifPresent(db -> {
                    T result = work.apply(db);
                    EventQueue.invokeLater(() -> done.accept(result));
                });
            } catch (HistoryException | IllegalArgumentException e) {
                LOG.log(Level.INFO, title, e);
                EventQueue.invokeLater(() -> failed.accept(Bundle.MSG_RecordsFailed(title, e.getMessage())));
            } finally {
                progress.finish();
            }
        });
    }
}
