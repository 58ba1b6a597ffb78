package org.myoplan.dosing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myoplan.dosing.Limb;
import org.myoplan.dosing.Side;
import org.myoplan.dosing.reference.LimitKind;
import org.myoplan.dosing.reference.LimitScope;
import org.myoplan.dosing.reference.SessionLimit;

/**
 * The session's units against the labels' caps: for the whole session, per limb (both sides added),
 * per leg, and per kg of body weight for children. Where a label says "N U/kg or M U, whichever is
 * lower", both rows apply and the lower one speaks.
 */
final class SessionCapRule implements DosingRule {

    static final String ID = "session-cap";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        for (SessionLimit cap : plan.reference().limits(plan.session().product(), plan.population(), LimitKind.SESSION_UNITS)) {
            check(plan, cap, cap.value(), PlanFacts.units(cap.value()), findings);
        }
        Optional<BigDecimal> kg = plan.recentWeightKg();
        for (SessionLimit cap : plan.reference().limits(plan.session().product(), plan.population(), LimitKind.SESSION_UNITS_PER_KG)) {
            if (kg.isPresent()) {
                BigDecimal units = cap.value().multiply(kg.get());
                check(plan, cap, units, PlanFacts.units(units) + " (" + PlanFacts.number(cap.value()) + " U/kg x "
                        + PlanFacts.number(kg.get()) + " kg)", findings);
            }
        }
        return findings;
    }

    private static void check(PlanFacts plan, SessionLimit cap, BigDecimal limit, String limitText, List<Finding> findings) {
        if (cap.scope() == LimitScope.ONE_LEG) {
            for (Side side : Side.values()) {
                report(plan.unitsIn(Limb.LOWER, side), limit, limitText, "the " + side.displayName() + " leg", cap, findings);
            }
            return;
        }
        BigDecimal total = switch (cap.scope()) {
            case UPPER_LIMB -> plan.unitsIn(Limb.UPPER, null);
            case LOWER_LIMB -> plan.unitsIn(Limb.LOWER, null);
            default -> plan.sessionUnits();
        };
        report(total, limit, limitText, cap.scope() == LimitScope.SESSION ? "the session" : "the " + cap.scope().displayName(),
                cap, findings);
    }

    private static void report(BigDecimal total, BigDecimal limit, String limitText, String what, SessionLimit cap,
            List<Finding> findings) {
        if (total.compareTo(limit) > 0) {
            String scope = (cap.kind().name() + "." + what.replace("the ", "").replace(' ', '_')).toLowerCase(java.util.Locale.ROOT);
            findings.add(Finding.warning(ID, PlanFacts.units(total) + " in " + what + " is more than the cap of " + limitText
                    + " (" + cap.source().describe() + ")", cap.source()).scoped(scope));
        }
    }
}
