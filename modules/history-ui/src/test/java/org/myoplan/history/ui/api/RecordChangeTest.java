package org.myoplan.history.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistoryException;
import org.myoplan.history.HistorySettings;
import org.myoplan.model.Assessment;
import org.myoplan.model.FollowUp;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Sex;

/**
 * A save announces exactly one change, naming what, whose record and which id, on the event thread and
 * only once the change can be read back from the records (committed); a failed save announces nothing.
 */
class RecordChangeTest {

    @TempDir
    Path directory;
    private HistoryDatabase db;
    /**
     * What each delivered change found: the change, whether on the event thread, whether the records already held it.
     */
    private final List<String> heard = new ArrayList<>();
    private final RecordsListener listener = change -> heard.add(change.kind() + " " + change.recordNumber() + " "
            + change.id() + " onEventThread=" + EventQueue.isDispatchThread() + " committed=" + readable(change));

    @BeforeEach
    void open() {
        db = HistoryDatabase.open(HistorySettings.inDirectory(directory));
        PatientRecords.addListener(listener);
    }

    @AfterEach
    void close() {
        PatientRecords.removeListener(listener);
        db.closeWithoutBackup();
    }

    @Test
    void savingAPatientAnnouncesThePatientOnce() throws Exception {
        PatientRecords.savePatient(db, patient("MRN-7"));
        assertEquals(List.of("PATIENT MRN-7 OptionalLong.empty onEventThread=true committed=true"), delivered());
    }

    @Test
    void addingASessionAnnouncesItsIdOnce() throws Exception {
        PatientRecords.savePatient(db, patient("MRN-7"));
        delivered();
        long id = PatientRecords.addSession(db, "MRN-7", session(SessionStatus.PLANNED), List.of(), "");
        assertEquals(List.of("SESSION MRN-7 OptionalLong[" + id + "] onEventThread=true committed=true"), delivered());
    }

    @Test
    void savingAKeptSessionAgainAnnouncesTheSameIdOnce() throws Exception {
        PatientRecords.savePatient(db, patient("MRN-7"));
        long id = PatientRecords.addSession(db, "MRN-7", session(SessionStatus.PLANNED), List.of(), "");
        delivered();
        PatientRecords.replaceSession(db, "MRN-7", id, session(SessionStatus.ADMINISTERED), List.of(), "");
        assertEquals(List.of("SESSION MRN-7 OptionalLong[" + id + "] onEventThread=true committed=true"), delivered());
    }

    @Test
    void addingAnAssessmentAnnouncesItsIdOnce() throws Exception {
        PatientRecords.savePatient(db, patient("MRN-7"));
        delivered();
        long id = PatientRecords.addAssessment(db, "MRN-7", OptionalLong.empty(),
                new Assessment(LocalDate.of(2026, 11, 2), FollowUp.BASELINE, List.of(), List.of(), 4, List.of()));
        assertEquals(List.of("ASSESSMENT MRN-7 OptionalLong[" + id + "] onEventThread=true committed=true"),
                delivered());
    }

    @Test
    void aFailedSaveAnnouncesNothing() throws Exception {
        assertThrows(HistoryException.class,
                () -> PatientRecords.addSession(db, "NOBODY", session(SessionStatus.PLANNED), List.of(), ""));
        assertThrows(HistoryException.class,
                () -> PatientRecords.replaceSession(db, "NOBODY", 4711, session(SessionStatus.PLANNED), List.of(), ""));
        assertEquals(List.of(), delivered());
        assertTrue(db.sessions().history("NOBODY").isEmpty());
    }

    @Test
    void aRemovedListenerHearsNothing() throws Exception {
        PatientRecords.removeListener(listener);
        PatientRecords.savePatient(db, patient("MRN-7"));
        assertEquals(List.of(), delivered());
    }

    /** Waits until the event thread has delivered what was announced so far, and hands it over. */
    private List<String> delivered() throws InterruptedException, InvocationTargetException {
        EventQueue.invokeAndWait(() -> { });
        List<String> copy = List.copyOf(heard);
        heard.clear();
        return copy;
    }

    /** Read through another connection: true only when the change has committed. */
    private boolean readable(RecordChange change) {
        return switch (change.kind()) {
            case PATIENT -> db.patients().findByRecordNumber(change.recordNumber()).isPresent();
            case SESSION -> db.sessions().find(change.id().getAsLong()).isPresent();
            case ASSESSMENT -> db.assessments().ofPatient(change.recordNumber()).stream()
                    .anyMatch(a -> a.id() == change.id().getAsLong());
        };
    }

    private static Patient patient(String recordNumber) {
        return new Patient(recordNumber, "Anna Meier", LocalDate.of(1957, 6, 2), Sex.FEMALE, null,
                "post-stroke spasticity", Screening.notAsked());
    }

    private static Session session(SessionStatus status) {
        return new Session(LocalDate.of(2026, 11, 30), "Dr. Weiß", Product.ONABOTULINUMTOXIN_A, 100, 1,
                new BigDecimal("2"), "", null, null, status, "", List.of());
    }
}
