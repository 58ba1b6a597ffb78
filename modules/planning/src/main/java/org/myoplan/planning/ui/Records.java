package org.myoplan.planning.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistoryException;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.ui.support.Background;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.Exceptions;
import org.openide.util.NbBundle.Messages;

/**
 * Runs work on the patient records away from the event thread, with a progress bar, and hands the
 * result back on the event thread. A failure is told to the clinician in words; the work's input is
 * left with the caller, so nothing typed is lost. When the records cannot be opened the clinician has
 * already been told why, and nothing more happens.
 */
@Messages({
    "# {0} - what failed", "# {1} - why",
    "MSG_RecordsFailed={0} failed: {1}"
})
final class Records {

    private static final Logger LOG = Logger.getLogger(Records.class.getName());
    private static final Background WORKER = new Background("Patient records");

    private Records() {
    }

    /** Runs {@code work} with the open records; {@code done} gets its result on the event thread. */
    static <T> void run(String title, Function<HistoryDatabase, T> work, Consumer<T> done) {
        run(title, work, done, message -> DialogDisplayer.getDefault().notifyLater(
                new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE)));
    }

    /** As above, but a failure's message goes to {@code failed} on the event thread (a dialog's message line). */
    static <T> void run(String title, Function<HistoryDatabase, T> work, Consumer<T> done, Consumer<String> failed) {
        WORKER.run(title, () -> PatientRecords.database().map(db -> new Result<>(work.apply(db))),
                result -> result.ifPresent(r -> done.accept(r.value())),
                e -> {
                    if (!(e instanceof HistoryException || e instanceof IllegalArgumentException)) {
                        Exceptions.printStackTrace(e); // a fault of the program, not of the records: the log needs it
                    }
                    LOG.log(Level.INFO, title, e);
                    failed.accept(Bundle.MSG_RecordsFailed(title, e.getMessage()));
                });
    }

    /** The work's result, which may be null; absent as a whole when the records are not open. */
    private record Result<T>(T value) {
    }
}
