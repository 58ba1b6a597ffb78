package org.myoplan.history.ui.api;

import java.awt.EventQueue;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.history.DatabaseDamagedException;
import org.myoplan.history.DatabaseInUseException;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistoryException;
import org.myoplan.history.ui.HistoryPreferences;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Assessment;
import org.myoplan.model.Patient;
import org.myoplan.model.Session;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/**
 * The application's patient records: opened when first needed, closed (with a backup) when the
 * application exits. When they cannot be opened the clinician is told why and what to do; nothing
 * is overwritten.
 * <p>
 * Windows change the records through the {@code save}/{@code add} methods here, which announce each
 * change to the {@link RecordsListener}s once its transaction has committed (a repository call is one
 * transaction: when it returns, the change is in the records). A failed save throws and announces
 * nothing. Listeners hear of it later on the event thread, so a save on any thread may announce.
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
    private static final List<RecordsListener> LISTENERS = new CopyOnWriteArrayList<>();

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

    /** Saves a new patient or a patient's edited details, then announces it. */
    public static void savePatient(HistoryDatabase db, Patient patient) {
        db.patients().save(patient, clinician());
        announce(RecordChange.patient(patient.recordNumber()));
    }

    /**
     * Stores a new session of the patient, naming the atlas its injection points were placed on, then
     * announces it; returns its id.
     */
    public static long addSession(HistoryDatabase db, String recordNumber, Session session,
            List<Acknowledgement> warnings,
            String pointsAtlas) {
        long id = db.sessions().add(recordNumber, session, warnings, clinician(), pointsAtlas);
        announce(RecordChange.session(recordNumber, id));
        return id;
    }

    /**
     * Replaces a kept session of the patient (e.g. planned to administered) and its points' atlas, then
     * announces it.
     */
    public static void replaceSession(HistoryDatabase db, String recordNumber, long sessionId, Session session,
            List<Acknowledgement> warnings, String pointsAtlas) {
        db.sessions().replace(sessionId, session, warnings, clinician(), pointsAtlas);
        announce(RecordChange.session(recordNumber, sessionId));
    }

    /**
     * Stores an assessment of the patient, tied to the session it follows if given, then announces it; returns its id.
     */
    public static long addAssessment(HistoryDatabase db, String recordNumber, OptionalLong sessionId,
            Assessment assessment) {
        long id = db.assessments().add(recordNumber, sessionId, assessment, clinician());
        announce(RecordChange.assessment(recordNumber, id));
        return id;
    }

    /** From now on {@code listener} hears of every change, on the event thread; a window adds itself when it opens. */
    public static void addListener(RecordsListener listener) {
        LISTENERS.add(listener);
    }

    /**
     * The listener hears of no more changes, even of those announced but not yet delivered; a window removes itself
     * when it closes.
     */
    public static void removeListener(RecordsListener listener) {
        LISTENERS.remove(listener);
    }

    /** Tells the listeners on the event thread; each is asked whether it still listens when its turn comes. */
    private static void announce(RecordChange change) {
        EventQueue.invokeLater(() -> {
            for (RecordsListener listener : LISTENERS) {
                try {
                    listener.recordsChanged(change);
                } catch (RuntimeException e) {
                    // one window failing to follow must not keep the others from following
                    LOG.log(Level.WARNING, "A window could not follow the change " + change, e);
                }
            }
        });
    }

    private static void tell(String message, Exception cause) {
        LOG.log(Level.INFO, message, cause);
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
    }
}
