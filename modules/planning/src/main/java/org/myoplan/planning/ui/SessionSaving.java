package org.myoplan.planning.ui;

import java.awt.EventQueue;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.myoplan.atlas.Atlas;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.model.Patient;
import org.myoplan.planning.PlanState;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.SiteTransfer;
import org.netbeans.spi.actions.AbstractSavable;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.cookies.SaveCookie;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.InstanceContent;

/**
 * Keeps one plan in the patient's records: knows whether it has unsaved changes, saves it (in the
 * background from the editor, at once for the exit dialog), and while it is unsaved offers it to the
 * platform's Save action and exit dialog as a Savable in the editor's lookup.
 */
@Messages({
    "# {0} - the plan: patient, record, birth date, session",
    "MSG_Unsaved=Save the changes to this session?\n{0}",
    "PROGRESS_SaveSession=Saving the session",
    "MSG_RecordsNotOpen=The patient records are not open: the session was not saved"
})
final class SessionSaving {

    private final Patient patient;
    private final SessionDraft draft;
    private final boolean editable;
    private final InstanceContent lookup;
    private final Supplier<String> description;
    private final Runnable onSaved;
    private final Consumer<String> tell;
    private OptionalLong sessionId;
    private PlanState saved;
    private SessionSavable savable;
    /** The atlas the plan's injection sites are on: the records keep its name with the session. */
    private Atlas sitesAtlas;

    /**
     * @param lookup the editor's lookup content, which holds the Savable while the plan is unsaved
     * @param description the plan as the exit dialog names it
     * @param onSaved shows that the plan is saved (the records have it; the editor's mark goes)
     * @param tell shows why a save failed
     * @param sitesAtlas the atlas the plan's injection sites are on
     */
    SessionSaving(Patient patient, SessionDraft draft, OptionalLong sessionId, boolean editable, InstanceContent lookup,
            Supplier<String> description, Runnable onSaved, Consumer<String> tell, Atlas sitesAtlas) {
        this.sitesAtlas = sitesAtlas;
        this.patient = patient;
        this.draft = draft;
        this.sessionId = sessionId;
        this.editable = editable;
        this.lookup = lookup;
        this.description = description;
        this.onSaved = onSaved;
        this.tell = tell;
        this.saved = sessionId.isPresent() ? draft.state() : null; // a new plan is unsaved until kept
    }

    /** The session's id in the records; empty until a new plan is first saved. */
    OptionalLong sessionId() {
        return sessionId;
    }

    boolean isModified() {
        return editable && !draft.state().equals(saved);
    }

    /** Offers the plan to the platform's Save while it has unsaved changes, and only then. */
    void follow() {
        if (isModified() && savable == null) {
            savable = new SessionSavable();
            savable.keep();
            lookup.add(savable);
        } else if (!isModified()) {
            forget();
        }
    }

    /** The editor closes: the platform no longer asks about this plan. */
    void forget() {
        if (savable != null) {
            lookup.remove(savable);
            savable.forget();
            savable = null;
        }
    }

    /**
     * Saves in the background; the plan stays open and marked until the records have it.
     *
     * @param takeTyping takes what is being typed into the plan, false when it does not read
     */
    void save(BooleanSupplier takeTyping) {
        if (!takeTyping.getAsBoolean() || !isModified()) {
            return;
        }
        PlanState state = draft.state();
        Atlas atlas = sitesAtlas;
        Records.run(Bundle.PROGRESS_SaveSession(),
                db -> SessionStore.save(db, patient.recordNumber(), sessionId, state, atlas), id -> kept(id, state),
                        tell);
    }

    /** The atlas the plan's injection sites are on. */
    Atlas sitesAtlas() {
        return sitesAtlas;
    }

    /**
     * The sites moved onto another atlas (the one shown changed): the state last saved moves with them,
     * so that the move is no unsaved change; the records learn the new atlas at the next save.
     */
    void sitesMoved(SiteTransfer transfer, Atlas to) {
        sitesAtlas = to;
        if (saved != null) {
            saved = new PlanState(transfer.transfer(saved.session()), saved.acknowledgements());
        }
    }

    /** Asks about unsaved changes before the editor closes; true when it may close (saved or let go). */
    boolean mayClose() {
        if (!isModified()) {
            return true;
        }
        Object answer = DialogDisplayer.getDefault().notify(new NotifyDescriptor.Confirmation(
                Bundle.MSG_Unsaved(description.get()), NotifyDescriptor.YES_NO_CANCEL_OPTION));
        if (answer == NotifyDescriptor.YES_OPTION) {
            try {
                saveNow();
                return true;
            } catch (RuntimeException e) {
                tell.accept(e.getMessage());
                return false;
            }
        }
        return answer == NotifyDescriptor.NO_OPTION;
    }

    /** For the exit dialog and the Save action: saves now, on the caller's thread. */
    private void saveNow() {
        PlanState state = draft.state();
        long id = PatientRecords.database()
                .map(db -> SessionStore.save(db, patient.recordNumber(), sessionId, state, sitesAtlas))
                .orElseThrow(() -> new IllegalStateException(Bundle.MSG_RecordsNotOpen()));
        EventQueue.invokeLater(() -> kept(id, state));
    }

    /** The records have the plan as it was when saved: later edits stay marked unsaved. */
    private void kept(long id, PlanState state) {
        sessionId = OptionalLong.of(id);
        saved = state;
        onSaved.run(); // the records announce the save: the patient's history and outcomes follow by themselves
    }

    /**
     * The unsaved session, for the platform's Save action (as a Savable, and as the SaveCookie older
     * actions look for) and its exit dialog.
     */
    private final class SessionSavable extends AbstractSavable implements SaveCookie {

        void keep() {
            register();
        }

        void forget() {
            unregister();
        }

        @Override
        protected String findDisplayName() {
            return description.get();
        }

        @Override
        protected void handleSave() throws IOException {
            try {
                saveNow();
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SessionSavable s && s.saving() == saving();
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(saving());
        }

        private SessionSaving saving() {
            return SessionSaving.this;
        }
    }
}
