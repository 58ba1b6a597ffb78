package org.myoplan.dosing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.myoplan.dosing.reference.LimitKind;
import org.myoplan.dosing.reference.LimitScope;
import org.myoplan.dosing.reference.SessionLimit;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.Limb;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * The session's units against the labels' caps: for the whole session, per limb (both sides added),
 * per arm or leg (one side), and per kg of body weight for children. Where a label says "N U/kg or
 * M U, whichever is lower", both rows apply and the lower one speaks.
 */
final class SessionCapRule implements DosingRule {

    static final String ID = "session-cap";
    static final String UNKNOWN_LIMB = "unknown-limb";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        for (SessionLimit cap : plan.reference().limits(plan.session().product(), plan.population(),
                LimitKind.SESSION_UNITS)) {
            check(plan, cap, cap.value(), PlanFacts.units(cap.value()), findings);
        }
        Optional<BigDecimal> kg = plan.recentWeightKg();
        for (SessionLimit cap : plan.reference().limits(plan.session().product(), plan.population(),
                LimitKind.SESSION_UNITS_PER_KG)) {
            if (kg.isPresent()) {
                BigDecimal units = cap.value().multiply(kg.get());
                check(plan, cap, units, PlanFacts.units(units) + " (" + PlanFacts.number(cap.value()) + " U/kg x "
                        + PlanFacts.number(kg.get()) + " kg)", findings);
            }
        }
        unknownLimbs(plan, findings);
        return findings;
    }

    /**
     * A muscle whose limb Myoplan does not know cannot be added to a per-limb cap; said so rather than
     * letting its units pass the limb caps unseen.
     */
    private static void unknownLimbs(PlanFacts plan, List<Finding> findings) {
        boolean limbCaps = Stream.of(LimitKind.SESSION_UNITS, LimitKind.SESSION_UNITS_PER_KG)
                .flatMap(kind -> plan.reference().limits(plan.session().product(), plan.population(), kind).stream())
                .anyMatch(cap -> cap.scope() != LimitScope.SESSION);
        if (!limbCaps) {
            return;
        }
        for (Target target : plan.validTargets()) {
            if (plan.limbOf(target).isEmpty()) {
                findings.add(Finding.warning(UNKNOWN_LIMB, plan.name(target) + ": Myoplan does not know which limb '"
                        + target.muscleId() + "' belongs to, so its " + PlanFacts.units(target.units())
                        + " are not counted in the per-limb caps",
                        Source.rule("Per-limb caps of the labels need each muscle's limb"))
                        .about(target.muscleId(), target.side()));
            }
        }
    }

    private static void check(PlanFacts plan, SessionLimit cap, BigDecimal limit, String limitText,
            List<Finding> findings) {
        if (cap.scope() == LimitScope.ONE_LEG || cap.scope() == LimitScope.ONE_ARM) {
            Limb limb = cap.scope() == LimitScope.ONE_LEG ? Limb.LOWER : Limb.UPPER;
            String part = limb == Limb.LOWER ? " leg" : " arm";
            for (Side side : Side.values()) {
                report(plan.unitsIn(limb, side), limit, limitText, "the " + side.displayName() + part, cap, findings);
            }
            return;
        }
        BigDecimal total = switch (cap.scope()) {
            case UPPER_LIMB -> plan.unitsIn(Limb.UPPER, null);
            case LOWER_LIMB -> plan.unitsIn(Limb.LOWER, null);
            default -> plan.sessionUnits();
        };
        report(total, limit, limitText, cap.scope() == LimitScope.SESSION ? "the session" : "the "
                + cap.scope().displayName(), cap, findings);
    }

    private static void report(BigDecimal total, BigDecimal limit, String limitText, String what, SessionLimit cap,
            List<Finding> findings) {
        if (total.compareTo(limit) > 0) {
            String scope = (cap.kind().name() + "." + what.replace("the ", "").replace(' ',
                    '_')).toLowerCase(Locale.ROOT);
            findings.add(Finding.warning(ID, PlanFacts.units(total) + " in " + what + " is more than the cap of "
                    + limitText + " (" + cap.source().describe() + ")", cap.source()).scoped(scope));
        }
    }
}
