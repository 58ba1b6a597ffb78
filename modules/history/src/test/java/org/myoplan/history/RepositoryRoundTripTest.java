package org.myoplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.model.Assessment;
import org.myoplan.model.Assessment.AshworthScore;
import org.myoplan.model.Assessment.Goal;
import org.myoplan.model.Assessment.TardieuScore;
import org.myoplan.model.FollowUp;
import org.myoplan.model.Guidance;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.ModifiedAshworth;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.model.Units;

class RepositoryRoundTripTest {

    @TempDir
    Path directory;
    HistoryDatabase history;

    @BeforeEach
    void open() {
        history = HistoryDatabase.open(HistorySettings.inDirectory(directory));
    }

    @AfterEach
    void close() {
        history.closeWithoutBackup();
    }

    @Test
    void patientKeepsEveryField() {
        Patient patient = Fixtures.patient("MRN-1", "Zoë Müller-Łukasz");
        history.patients().save(patient, Fixtures.CLINICIAN);
        assertEquals(patient, history.patients().findByRecordNumber("MRN-1").orElseThrow());
    }

    @Test
    void patientWithoutWeightOrScreening() {
        Patient patient = new Patient("MRN-2", "Jan Novák", LocalDate.of(2015, 1, 2), Sex.UNKNOWN, null, null,
                Screening.notAsked());
        history.patients().save(patient, Fixtures.CLINICIAN);
        assertEquals(patient, history.patients().findByRecordNumber("MRN-2").orElseThrow());
    }

    @Test
    void savingAgainUpdatesThePatient() {
        history.patients().save(Fixtures.patient("MRN-1", "Anna Weber"), Fixtures.CLINICIAN);
        Patient renamed = new Patient("MRN-1", "Anna Schmidt", LocalDate.of(1961, 3, 14), Sex.FEMALE, null, "MS",
                Screening.notAsked());
        history.patients().save(renamed, Fixtures.CLINICIAN);
        assertEquals(renamed, history.patients().findByRecordNumber("MRN-1").orElseThrow());
        assertEquals(List.of(), history.patients().findByName("weber"));
    }

    @Test
    void nameSearchIgnoresCaseAndAccents() {
        history.patients().save(Fixtures.patient("MRN-1", "Jürgen Müller"), Fixtures.CLINICIAN);
        history.patients().save(Fixtures.patient("MRN-2", "Hélène Mullér"), Fixtures.CLINICIAN);
        history.patients().save(Fixtures.patient("MRN-3", "Peter 100%_Smith"), Fixtures.CLINICIAN);
        assertEquals(2, history.patients().findByName("MULLER").size());
        assertEquals("Jürgen Müller", history.patients().findByName("jurgen").get(0).name());
        assertEquals(1, history.patients().findByName("%_").size());
        assertEquals(0, history.patients().findByName("x%").size());
    }

    @Test
    void findByBirthDate() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        assertEquals(1, history.patients().findByBirthDate(LocalDate.of(1961, 3, 14)).size());
        assertEquals(0, history.patients().findByBirthDate(LocalDate.of(1961, 3, 15)).size());
    }

    @Test
    void sessionKeepsEveryFieldTargetsPointsAndWarnings() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        Session session = Fixtures.session(LocalDate.of(2026, 11, 28), Product.ABOBOTULINUMTOXIN_A,
                SessionStatus.PLANNED, 10);
        long id = history.sessions().add("MRN-1", session, Fixtures.warnings(), Fixtures.CLINICIAN);
        StoredSession stored = history.sessions().find(id).orElseThrow();
        assertEquals(new StoredSession(id, "MRN-1", session, Fixtures.warnings()), stored);
    }

    @Test
    void measuredLimbLengthsComeBackAsTheyWereAndASaveCanClearThem() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        LimbLengths measured = new LimbLengths(new BigDecimal("31.5"), new BigDecimal("25"), null,
                new BigDecimal("38.25"));
        Session session = Fixtures.session(LocalDate.of(2026, 11, 28), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.PLANNED, 2).withLimbLengths(measured);
        long id = history.sessions().add("MRN-1", session, List.of(), Fixtures.CLINICIAN);
        assertEquals(measured, history.sessions().find(id).orElseThrow().session().limbLengths());

        LimbLengths remeasured = measured.withArm(null).withThigh(new BigDecimal("44"));
        history.sessions().replace(id, session.withLimbLengths(remeasured), List.of(), Fixtures.CLINICIAN);
        assertEquals(remeasured, history.sessions().find(id).orElseThrow().session().limbLengths());
        history.sessions().replace(id, session.withLimbLengths(LimbLengths.NONE), List.of(), Fixtures.CLINICIAN);
        assertEquals(LimbLengths.NONE, history.sessions().history("MRN-1").get(0).session().limbLengths());
    }

    @Test
    void aDoseNotSetYetAndAGuideDoseComeBackAsTheyWere() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        Target needed = Target.doseNeeded("biceps_brachii", Side.LEFT, 2);
        Target guide = new Target("brachialis", Side.LEFT, new BigDecimal("50"), 1, Guidance.ULTRASOUND, List.of(), "",
                "Flexed elbow pattern (left), guide WE MOVE 2005");
        Session session = new Session(LocalDate.of(2026, 11, 28), "Dr A", Product.ONABOTULINUMTOXIN_A, 100, 1, null,
                null, null, null, SessionStatus.PLANNED, null, List.of(needed, guide));
        long id = history.sessions().add("MRN-1", session, List.of(), Fixtures.CLINICIAN);
        Session stored = history.sessions().find(id).orElseThrow().session();
        assertEquals(session, stored);
        assertTrue(!stored.targets().get(0).hasDose(), "no dose is not 0 U");
        assertEquals("Flexed elbow pattern (left), guide WE MOVE 2005", stored.targets().get(1).doseSource());
    }

    @Test
    void sessionWithUnknownLotAndExpiry() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        Session session = new Session(LocalDate.of(2026, 1, 1), null, Product.ONABOTULINUMTOXIN_A, 100, 1, null, null,
                null, null, SessionStatus.PLANNED, null, List.of());
        long id = history.sessions().add("MRN-1", session, List.of(), Fixtures.CLINICIAN);
        assertEquals(session, history.sessions().find(id).orElseThrow().session());
    }

    @Test
    void replaceChangesTheSessionInPlace() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        Session planned = Fixtures.session(LocalDate.of(2026, 11, 28), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.PLANNED, 3);
        long id = history.sessions().add("MRN-1", planned, Fixtures.warnings(), Fixtures.CLINICIAN);
        Session given = planned.withStatus(SessionStatus.ADMINISTERED).withTargets(planned.targets().subList(0, 1));
        history.sessions().replace(id, given, List.of(), Fixtures.CLINICIAN);
        assertEquals(new StoredSession(id, "MRN-1", given, List.of()), history.sessions().find(id).orElseThrow());
    }

    @Test
    void aSessionNamesTheAtlasItsPointsWerePlacedOnAndASaveOnAnotherAtlasRenamesIt() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        Session planned = Fixtures.session(LocalDate.of(2026, 11, 28), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.PLANNED, 3);
        long id = history.sessions().add("MRN-1", planned, List.of(), Fixtures.CLINICIAN, "0123456789abcdef");
        assertEquals("0123456789abcdef", history.sessions().find(id).orElseThrow().pointsAtlas());
        history.sessions().replace(id, planned, List.of(), Fixtures.CLINICIAN, "fedcba9876543210");
        assertEquals("fedcba9876543210", history.sessions().history("MRN-1").get(0).pointsAtlas());
        long unnamed = history.sessions().add("MRN-1", planned, List.of(), Fixtures.CLINICIAN);
        assertEquals("", history.sessions().find(unnamed).orElseThrow().pointsAtlas(), "the built-in atlas, as before");
    }

    @Test
    void historyIsNewestFirstAndLastTargetsSkipCancelled() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        Session old = Fixtures.session(LocalDate.of(2026, 1, 10), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.ADMINISTERED, 2);
        Session recent = Fixtures.session(LocalDate.of(2026, 5, 10), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.ADMINISTERED, 4);
        Session cancelled = Fixtures.session(LocalDate.of(2026, 9, 10), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.CANCELLED, 1);
        history.sessions().add("MRN-1", recent, List.of(), Fixtures.CLINICIAN);
        history.sessions().add("MRN-1", old, List.of(), Fixtures.CLINICIAN);
        history.sessions().add("MRN-1", cancelled, List.of(), Fixtures.CLINICIAN);
        List<StoredSession> sessions = history.sessions().history("MRN-1");
        assertEquals(List.of(cancelled, recent, old), sessions.stream().map(StoredSession::session).toList());
        assertEquals(recent.targets(), history.sessions().lastTargets("MRN-1"));
        assertEquals(List.of(), history.sessions().lastTargets("nobody"));
    }

    @Test
    void cumulativeUnitsArePerProductInTheWindow() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        // 2 targets: 12.5 + 20 = 32.5 units each session
        history.sessions().add("MRN-1", Fixtures.session(LocalDate.of(2026, 3, 1), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.ADMINISTERED, 2), List.of(), Fixtures.CLINICIAN);
        history.sessions().add("MRN-1", Fixtures.session(LocalDate.of(2026, 4, 1), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.ADMINISTERED, 2), List.of(), Fixtures.CLINICIAN);
        history.sessions().add("MRN-1", Fixtures.session(LocalDate.of(2026, 4, 2), Product.ABOBOTULINUMTOXIN_A,
                SessionStatus.ADMINISTERED, 2), List.of(), Fixtures.CLINICIAN);
        history.sessions().add("MRN-1", Fixtures.session(LocalDate.of(2026, 4, 3), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.PLANNED, 2), List.of(), Fixtures.CLINICIAN);
        history.sessions().add("MRN-1", Fixtures.session(LocalDate.of(2025, 4, 3), Product.ONABOTULINUMTOXIN_A,
                SessionStatus.ADMINISTERED, 2), List.of(), Fixtures.CLINICIAN);
        Map<Product, Units> totals = history.sessions().cumulativeUnits("MRN-1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        assertEquals(Map.of(Product.ONABOTULINUMTOXIN_A, new Units(Product.ONABOTULINUMTOXIN_A, new BigDecimal("65")),
                Product.ABOBOTULINUMTOXIN_A, new Units(Product.ABOBOTULINUMTOXIN_A, new BigDecimal("32.5"))), totals);
    }

    @Test
    void sessionOfUnknownPatientIsRefusedClearly() {
        HistoryException e = assertThrows(HistoryException.class, () -> history.sessions().add("MRN-9",
                Fixtures.session(LocalDate.of(2026, 1, 1), Product.ONABOTULINUMTOXIN_A, SessionStatus.PLANNED, 1),
                List.of(), Fixtures.CLINICIAN));
        assertTrue(e.getMessage().contains("no patient with record number MRN-9"), e.getMessage());
    }

    @Test
    void assessmentKeepsEveryField() {
        history.patients().save(Fixtures.patient("MRN-1", "A"), Fixtures.CLINICIAN);
        long session = history.sessions().add("MRN-1", Fixtures.session(LocalDate.of(2026, 1, 1),
                Product.ONABOTULINUMTOXIN_A, SessionStatus.ADMINISTERED, 1), List.of(), Fixtures.CLINICIAN);
        Assessment baseline = new Assessment(LocalDate.of(2026, 1, 1), FollowUp.BASELINE,
                List.of(new AshworthScore("biceps_brachii", Side.LEFT, ModifiedAshworth.ONE_PLUS),
                        new AshworthScore("biceps_brachii", Side.RIGHT, ModifiedAshworth.FOUR)),
                List.of(new TardieuScore("biceps_brachii", Side.LEFT, 95, 150, 3)), 7,
                List.of(new Goal("Dress without help", -2), new Goal("Open the hand", null)));
        Assessment followUp = new Assessment(LocalDate.of(2026, 1, 15), FollowUp.WEEKS_2,
                List.of(new AshworthScore("biceps_brachii", Side.LEFT, ModifiedAshworth.ZERO)), List.of(), null,
                List.of(new Goal("Dress without help", 2)));
        long first = history.assessments().add("MRN-1", OptionalLong.empty(), baseline, Fixtures.CLINICIAN);
        long second = history.assessments().add("MRN-1", OptionalLong.of(session), followUp, Fixtures.CLINICIAN);
        assertEquals(List.of(new StoredAssessment(first, "MRN-1", OptionalLong.empty(), baseline),
                new StoredAssessment(second, "MRN-1", OptionalLong.of(session), followUp)),
                history.assessments().ofPatient("MRN-1"));
    }
}
