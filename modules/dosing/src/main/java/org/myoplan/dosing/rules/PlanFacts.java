package org.myoplan.dosing.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.myoplan.dosing.Dilution;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Limb;
import org.myoplan.model.Patient;
import org.myoplan.model.Population;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * A plan to check: the patient, the session being planned, the patient's earlier sessions, and the
 * reference numbers; with the derived facts the rules share (population, usable weight, dilution).
 */
public record PlanFacts(Patient patient, Session session, List<Session> history, ReferenceData reference) {

    /** A child's weight older than this is not used for per-kg limits. */
    public static final int WEIGHT_VALID_DAYS = 92;
    static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    public PlanFacts {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(reference, "reference");
        history = List.copyOf(history);
    }

    public Population population() {
        return patient.populationOn(session.date());
    }

    /** The weight in kg if it was measured recently enough before the session (and not after it). */
    public Optional<BigDecimal> recentWeightKg() {
        return patient.currentWeight()
                .filter(w -> !w.measuredOn().isAfter(session.date())
                        && ChronoUnit.DAYS.between(w.measuredOn(), session.date()) <= WEIGHT_VALID_DAYS)
                .map(w -> w.kilograms());
    }

    public Optional<Dilution> dilution() {
        if (session.vialUnits() <= 0 || session.diluentMl() == null || session.diluentMl().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Dilution(session.product(), session.vialUnits(), session.diluentMl()));
    }

    /** Targets whose dose and sites make sense; the others are reported by the dose rule alone. */
    public List<Target> validTargets() {
        return session.targets().stream().filter(PlanFacts::isValid).toList();
    }

    static boolean isValid(Target target) {
        return target.hasDose() && target.units().signum() > 0 && target.sites() >= 1;
    }

    public Optional<Limb> limbOf(Target target) {
        return reference.limbOf(target.muscleId());
    }

    /** Units of the valid targets in one limb (both sides), or on one side of it when side is given. */
    public BigDecimal unitsIn(Limb limb, Side side) {
        return validTargets().stream()
                .filter(t -> limbOf(t).filter(l -> l == limb).isPresent() && (side == null || t.side() == side))
                .map(Target::units).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal sessionUnits() {
        return validTargets().stream().map(Target::units).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Earlier sessions that were given (not planned, not cancelled), before this session's day or on it. */
    public List<Session> administeredBefore() {
        return history.stream()
                .filter(s -> s.status() == SessionStatus.ADMINISTERED && !s.date().isAfter(session.date()))
                .toList();
    }

    public String name(Target target) {
        return reference.nameOf(target.muscleId()) + " (" + target.side().displayName() + ")";
    }

    static String units(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString() + " U";
    }

    /** A count with its noun in the right number: "1 site", "3 sites". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String number(BigDecimal amount) {
        return amount.round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    static long weeksBetween(LocalDate earlier, LocalDate later) {
        return ChronoUnit.WEEKS.between(earlier, later);
    }
}
