package org.myoplan.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.PlanChecker;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Answer;
import org.myoplan.model.Patient;
import org.myoplan.model.Plan;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.ScreeningQuestion;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.model.Weight;

/** Test plans: an adult with a clean screening and a well-formed session, changed one fact at a time. */
public final class Plans {

    public static final ReferenceData REFERENCE = ReferenceData.builtIn();
    public static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private Patient patient = adult();
    private Session session = session(Product.ONABOTULINUMTOXIN_A, 100, 4, "2");
    private final List<Session> history = new ArrayList<>();

    public static Plans plan() {
        return new Plans();
    }

    public static Patient adult() {
        return new Patient("A-1", "Ada Example", LocalDate.of(1960, 5, 1), Sex.FEMALE,
                new Weight(new BigDecimal("70"), DAY.minusDays(10)), "post-stroke spasticity", cleanScreening());
    }

    public static Patient child(String kg, LocalDate weighedOn) {
        return new Patient("C-1", "Child Example", DAY.minusYears(8), Sex.MALE,
                kg == null ? null : new Weight(new BigDecimal(kg), weighedOn), "cerebral palsy", cleanScreening());
    }

    public static Screening cleanScreening() {
        Map<ScreeningQuestion, Answer> answers = new EnumMap<>(ScreeningQuestion.class);
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            answers.put(q, Answer.NO);
        }
        return new Screening(answers);
    }

    public static Session session(Product product, int vialUnits, int vials, String diluentMl) {
        return new Session(DAY, "Dr Test", product, vialUnits, vials, new BigDecimal(diluentMl), "LOT1",
                DAY.plusMonths(6), null, SessionStatus.PLANNED, "", List.of());
    }

    public Plans patient(Patient newPatient) {
        patient = newPatient;
        return this;
    }

    public Plans product(Product product, int vialUnits, String diluentMl) {
        session = session(product, vialUnits, 20, diluentMl);
        return this;
    }

    public Plans session(Session newSession) {
        session = newSession;
        return this;
    }

    public Plans target(String muscle, Side side, String units, int sites) {
        return target(Target.of(muscle, side, units, sites));
    }

    public Plans target(Target target) {
        List<Target> targets = new ArrayList<>(session.targets());
        targets.add(target);
        session = session.withTargets(targets);
        return this;
    }

    public Plans earlier(Session given) {
        history.add(given);
        return this;
    }

    public Session currentSession() {
        return session;
    }

    public PlanFacts facts() {
        return new PlanFacts(patient, session, history, REFERENCE);
    }

    /** The plan as the model holds it, with these acknowledgements. */
    public Plan asPlan(Acknowledgement... acknowledgements) {
        return new Plan(patient, history, session, List.of(acknowledgements));
    }

    public List<Finding> check() {
        return new PlanChecker().check(facts());
    }

    public List<Finding> findings(String rule) {
        return check().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** An administered session some weeks before the test day. */
    public static Session given(Product product, int weeksBefore, String muscle, String units) {
        return session(product, product == Product.ABOBOTULINUMTOXIN_A ? 500 : 100, 10, "2")
                .withDate(DAY.minusWeeks(weeksBefore)).withStatus(SessionStatus.ADMINISTERED)
                .withTargets(List.of(Target.of(muscle, Side.LEFT, units, 2)));
    }
}
