package org.myoplan.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.planning.PlanState;
import org.myoplan.planning.SessionDraft;

/**
 * A header value that does not read is explained and kept as typed, even when another field's change redraws the
 * header.
 */
class HeaderPanelTest {

    @Test
    void aRefusedDiluentStaysAsTypedWhileTheLotIsTaken() {
        Patient patient = new Patient("R-1", "Ana Novak", LocalDate.of(1960, 5, 1), Sex.FEMALE, null, "stroke",
                Screening.notAsked());
        Session session = new Session(LocalDate.of(2026, 11, 29), "dr", Product.ONABOTULINUMTOXIN_A, 100, 2,
                new BigDecimal("2"), "", null, null, SessionStatus.PLANNED, "",
                List.of(Target.of("biceps_brachii", Side.LEFT, "100", 2)));
        SessionDraft draft = new SessionDraft(patient, List.of(), ReferenceData.builtIn(),
                new PlanState(session, List.of()));
        List<String> problems = new ArrayList<>();
        HeaderPanel header = new HeaderPanel(draft, true, problems::add);
        field(header, "session.diluent").setText("two");
        field(header, "session.lot").setText("C1234X");
        header.commit();

        assertEquals("C1234X", draft.session().lot(), "the lot that reads is taken");
        assertEquals(0, new BigDecimal("2").compareTo(draft.session().diluentMl()),
                "the plan keeps the last good diluent");
        assertEquals("two", field(header, "session.diluent").getText(), "what was typed is not overwritten");
        assertTrue(problems.stream().anyMatch(p -> p.contains("Diluent")), problems::toString);

        field(header, "session.diluent").setText("4");
        header.commit();
        assertEquals(0, new BigDecimal("4").compareTo(draft.session().diluentMl()), "once corrected, it is taken");
    }

    @Test
    void limbLengthsAreTakenThroughTheDraftAndABadOneIsNamedAndKeptAsTyped() {
        SessionDraft draft = draft();
        List<String> problems = new ArrayList<>();
        HeaderPanel header = new HeaderPanel(draft, true, problems::add);
        field(header, "session.armCm").setText("31.5");
        field(header, "session.legCm").setText("38");
        header.commit();
        assertEquals(new LimbLengths(new BigDecimal("31.5"), null, null, new BigDecimal("38")),
                draft.session().limbLengths());
        assertEquals(List.of(), problems);

        field(header, "session.armCm").setText("3");
        field(header, "session.forearmCm").setText("long");
        field(header, "session.thighCm").setText("44");
        header.commit();
        assertEquals(new LimbLengths(new BigDecimal("31.5"), null, new BigDecimal("44"), new BigDecimal("38")),
                draft.session().limbLengths(), "the thigh is taken, the arm keeps its last good length");
        assertEquals("3", field(header, "session.armCm").getText(), "what was typed is not overwritten");
        assertEquals("long", field(header, "session.forearmCm").getText());
        assertTrue(problems.stream().anyMatch(p -> p.contains("arm length must be between 5 and 100")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Forearm length must be a number")),
                problems::toString);

        field(header, "session.armCm").setText("");
        field(header, "session.forearmCm").setText("26");
        header.commit();
        assertEquals(new LimbLengths(null, new BigDecimal("26"), new BigDecimal("44"), new BigDecimal("38")),
                draft.session().limbLengths(), "an emptied field measures none");
        draft.edit(s -> s.withDate(LocalDate.of(2026, 12, 1)));
        assertEquals(new BigDecimal("26"), draft.session().limbLengths().forearmCm(), "other changes keep them");
    }

    @Test
    void aReadOnlyHeaderShowsTheLengthsButTakesNone() {
        SessionDraft draft = draft();
        draft.edit(s -> s.withLimbLengths(LimbLengths.NONE.withThigh(new BigDecimal("42.50"))));
        HeaderPanel header = new HeaderPanel(draft, false, p -> { });
        assertEquals("42.5", field(header, "session.thighCm").getText());
        for (String name : List.of("session.armCm", "session.forearmCm", "session.thighCm", "session.legCm")) {
            assertFalse(field(header, name).isEnabled(), name);
        }
    }

    private static SessionDraft draft() {
        Patient patient = new Patient("R-1", "Ana Novak", LocalDate.of(1960, 5, 1), Sex.FEMALE, null, "stroke",
                Screening.notAsked());
        Session session = new Session(LocalDate.of(2026, 11, 29), "dr", Product.ONABOTULINUMTOXIN_A, 100, 2,
                new BigDecimal("2"), "", null, null, SessionStatus.PLANNED, "",
                List.of(Target.of("biceps_brachii", Side.LEFT, "100", 2)));
        return new SessionDraft(patient, List.of(), ReferenceData.builtIn(), new PlanState(session, List.of()));
    }

    private static JTextField field(Container container, String name) {
        for (Component c : container.getComponents()) {
            if (c instanceof JTextField f && name.equals(f.getName())) {
                return f;
            }
            if (c instanceof Container inner) {
                JTextField found = field(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
