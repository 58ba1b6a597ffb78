package org.myoplan.planning.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.myoplan.atlas.Atlas;
import org.myoplan.history.StoredSession;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.planning.PlanState;
import org.myoplan.planning.SessionDraft;
import org.myoplan.viewer.api.WindowModes;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** Opens session editors: a new plan for a patient, or a kept session (read-only, or to go on planning). */
@Messages({
    "PROGRESS_OpenSession=Opening the patient's sessions",
    "TITLE_SameDay=Another Session on the Same Day?",
    "# {0} - patient", "# {1} - date", "# {2} - the sessions of that day",
    "MSG_SameDay={0} already has a session on {1}:\n{2}\n\nPlan another session for the same day?",
    "# {0} - status", "# {1} - product", "# {2} - how many muscles",
    "LBL_SessionOfTheDay=- {0}, {1}, {2,choice,0#no muscles|1#1 muscle|1<{2,number,integer} muscles}",
    "BTN_PlanAnother=Plan Another Session",
    "BTN_OpenExisting=Open the Existing Session",
    "BTN_CancelNewSession=Cancel"
})
final class SessionEditors {

    /** Without an earlier session: the commonest reconstitution of the commonest product (100 U in 2 mL). */
    private static final BigDecimal DEFAULT_DILUENT_ML = new BigDecimal("2");

    private SessionEditors() {
    }

    /** A new plan for today, with the product and reconstitution of the patient's last session. */
    static void openNew(Patient patient) {
        Records.run(Bundle.PROGRESS_OpenSession(),
                db -> Loaded.of(db.sessions().history(patient.recordNumber()), OptionalLong.empty()), loaded -> {
            List<StoredSession> history = loaded.history();
            Optional<Session> last = loaded.last();
            Session session = last.map(l -> new Session(LocalDate.now(), PatientRecords.clinician(), l.product(),
                    l.vialUnits(),
                    l.vials(), l.diluentMl(), "", null, null, SessionStatus.PLANNED, "", List.of()))
                    .orElseGet(() -> new Session(LocalDate.now(), PatientRecords.clinician(),
                            Product.ONABOTULINUMTOXIN_A, 100, 1,
                            DEFAULT_DILUENT_ML, "", null, null, SessionStatus.PLANNED, "", List.of()));
            List<StoredSession> sameDay =
                    history.stream().filter(s -> s.session().date().equals(session.date())).toList();
            Object answer = sameDay.isEmpty() ? BTN_PLAN_ANOTHER : askAboutSameDay(patient, session.date(), sameDay);
            if (answer == BTN_PLAN_ANOTHER) {
                open(patient, history, new PlanState(session, List.of()), OptionalLong.empty(), last, true,
                        loaded.atlas());
            } else if (answer == BTN_OPEN_EXISTING) {
                openStored(patient, sameDay.get(0), true);
            }
        });
    }

    /**
     * What opening a plan reads off the event thread: the patient's history, the session to copy forward
     * from, and the session opened, their sites moved onto the atlas shown (SitesOnAtlas).
     */
    private record Loaded(List<StoredSession> history, Optional<Session> last, Optional<Session> opened, Atlas atlas) {

        static Loaded of(List<StoredSession> history, OptionalLong opened) {
            Atlas atlas = SitesOnAtlas.current();
            Optional<Session> last = lastGiven(history, opened).map(s -> SitesOnAtlas.onCurrent(s).session());
            Optional<Session> session = history.stream().filter(s -> opened.isPresent() && s.id() == opened.getAsLong())
                    .findFirst().map(s -> SitesOnAtlas.onCurrent(s).session());
            return new Loaded(history, last, session, atlas);
        }
    }

    private static final String BTN_PLAN_ANOTHER = Bundle.BTN_PlanAnother();
    private static final String BTN_OPEN_EXISTING = Bundle.BTN_OpenExisting();

    /**
     * Two sessions on one day are rare and often a slip: the clinician says which is meant, seeing the one there is.
     */
    private static Object askAboutSameDay(Patient patient, LocalDate day, List<StoredSession> sameDay) {
        String sessions = String.join("\n", sameDay.stream().map(s -> Bundle.LBL_SessionOfTheDay(
                HeaderPanel.statusText(s.session().status()), s.session().product().brand(),
                s.session().targets().size())).toList());
        NotifyDescriptor ask = new NotifyDescriptor(Bundle.MSG_SameDay(patient.name(), day, sessions),
                Bundle.TITLE_SameDay(), NotifyDescriptor.DEFAULT_OPTION, NotifyDescriptor.QUESTION_MESSAGE,
                new Object[] {BTN_PLAN_ANOTHER, BTN_OPEN_EXISTING, Bundle.BTN_CancelNewSession()}, BTN_OPEN_EXISTING);
        return DialogDisplayer.getDefault().notify(ask);
    }

    /**
     * A kept session; editable only when asked and the session is still planned. A session already open
     * is brought forward instead of opening a second copy; a read-only copy gives way to planning on it.
     */
    static void openStored(Patient patient, StoredSession stored, boolean editable) {
        SessionEditorTopComponent already = findOpen(stored.id());
        boolean wanted = editable && stored.session().status() == SessionStatus.PLANNED;
        if (already != null && (already.isEditable() || !wanted)) {
            already.requestActive();
            return;
        }
        if (already != null) {
            already.close(); // read-only: nothing to save, and one tab per session
        }
        OptionalLong id = OptionalLong.of(stored.id());
        boolean planning = editable && stored.session().status() == SessionStatus.PLANNED;
        Records.run(Bundle.PROGRESS_OpenSession(), db -> Loaded.of(db.sessions().history(patient.recordNumber()), id),
                loaded -> {
            Session session = loaded.opened().orElseGet(stored::session);
            PlanState state = new PlanState(session, stored.acknowledgements());
            open(patient, loaded.history(), state, id, loaded.last(), planning, loaded.atlas());
        });
    }

    /** @param atlas the atlas the plan's sites are on (the one shown when it was read) */
    private static void open(Patient patient, List<StoredSession> history, PlanState state, OptionalLong id,
            Optional<Session> last, boolean editable, Atlas atlas) {
        List<Session> earlier = history.stream().filter(s -> id.isEmpty() || s.id() != id.getAsLong())
                .map(StoredSession::session).toList();
        SessionDraft draft = new SessionDraft(patient, earlier, PlanningReference.get(), state);
        SessionEditorTopComponent editor = new SessionEditorTopComponent(patient, draft, id, last,
                SitesOnAtlas.muscles(),
                editable, atlas);
        openBesideTheModel(editor);
    }

    /**
     * Plans, histories and the therapist view open under the 3D View, not as tabs over it: the
     * clinician plans looking at the model.
     */
    static void openBesideTheModel(TopComponent window) {
        Mode below = WindowManager.getDefault().findMode(WindowModes.PLANS);
        if (below != null) {
            below.dockInto(window);
        }
        window.open();
        window.requestActive();
    }

    /** The newest session not cancelled, other than the one being opened: the one to copy forward from. */
    private static Optional<StoredSession> lastGiven(List<StoredSession> history, OptionalLong except) {
        return history.stream().filter(s -> except.isEmpty() || s.id() != except.getAsLong())
                .filter(s -> s.session().status() != SessionStatus.CANCELLED).findFirst();
    }

    /** The open editor of this kept session, for planning or read-only, if there is one. */
    private static SessionEditorTopComponent findOpen(long sessionId) {
        for (TopComponent tc : WindowManager.getDefault().getRegistry().getOpened()) {
            if (tc instanceof SessionEditorTopComponent editor && editor.sessionId().isPresent()
                    && editor.sessionId().getAsLong() == sessionId) {
                return editor;
            }
        }
        return null;
    }
}
