package org.myoplan.history.ui;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.history.DatabaseDamagedException;
import org.myoplan.history.DatabaseInUseException;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistoryException;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/**
 * The application's patient records: opened when first needed, closed (with a backup) when the
 * application exits. When they cannot be opened the clinician is told why and what to do; nothing
 * is overwritten.
 */
@Messages({
    "# {0} - file",
    "MSG_InUse=The patient records ({0}) are open in another Myoplan window or program.\n"
            + "Close it and try again. Nothing was changed.",
    "# {0} - what is wrong",
    "MSG_Damaged=The patient records cannot be opened: {0}\n\nThe file was left as it is. "
            + "You can restore the last backup with File > Restore Patient Records from Backup.",
    "# {0} - what is wrong",
    "MSG_CannotOpen=The patient records cannot be opened: {0}"
})
public final class PatientRecords {

    private static final Logger LOG = Logger.getLogger(PatientRecords.class.getName());
    private static HistoryDatabase open;

    private PatientRecords() {
    }

    /** The open records, opening them on first use; empty (after telling the user why) when they cannot be opened. */
    public static synchronized Optional<HistoryDatabase> database() {
        if (open == null) {
            try {
                open = HistoryDatabase.open(HistoryPreferences.current());
            } catch (DatabaseInUseException e) {
                tell(Bundle.MSG_InUse(e.file()), e);
            } catch (DatabaseDamagedException e) {
                tell(Bundle.MSG_Damaged(e.getMessage()), e);
            } catch (HistoryException e) {
                tell(Bundle.MSG_CannotOpen(e.getMessage()), e);
            }
        }
        return Optional.ofNullable(open);
    }

    /**
     * Who is changing the records, for new sessions, the audit log and acknowledgements: the clinician
     * set at the first start or in the Options ({@link Clinician}); only while none is set (the first-start
     * question was cancelled), the login name of this computer, so that the audit log still names someone.
     */
    public static String clinician() {
        return Clinician.name().orElseGet(() -> System.getProperty("user.name", "clinician"));
    }

    /** Closes the records (taking a backup of a local file); the next use opens them again. */
    public static synchronized void close() {
        if (open != null) {
            try {
                open.close();
            } catch (HistoryException e) {
                LOG.log(Level.WARNING, "Closing the patient records failed", e);
            } finally {
                open = null;
            }
        }
    }

    private static void tell(String message, Exception cause) {
        LOG.log(Level.INFO, message, cause);
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
    }
}
