package org.myoplan.dosing.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.myoplan.dosing.reference.LimitKind;
import org.myoplan.dosing.reference.LimitScope;
import org.myoplan.dosing.reference.SessionLimit;
import org.myoplan.model.Limb;
import org.myoplan.model.Session;

/**
 * The time since the last session given against the label's minimum re-treatment interval. Any
 * product counts as the last session: the interval is about toxin effect, not units. Per-limb
 * intervals compare only sessions that treated that limb.
 */
final class IntervalRule implements DosingRule {

    static final String ID = "min-interval";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        for (SessionLimit interval : plan.reference().limits(plan.session().product(), plan.population(),
                LimitKind.MIN_INTERVAL_WEEKS)) {
            Optional<Limb> limb = limbOf(interval.scope());
            if (limb.isPresent() && !treats(plan, plan.session(), limb.get())) {
                continue;
            }
            lastSession(plan, limb).ifPresent(last -> {
                long weeks = PlanFacts.weeksBetween(last.date(), plan.session().date());
                if (weeks < interval.value().longValue()) {
                    findings.add(Finding.warning(ID, "Only " + PlanFacts.count(weeks, "week", "weeks")
                            + " since the session of " + last.date() + (limb.isPresent() ? " that treated the "
                            + limb.get().displayName() : "") + " (" + last.product().brand()
                            + "); re-treatment generally no sooner than " + PlanFacts.number(interval.value())
                            + " weeks (" + interval.source().describe() + ")", interval.source())
                            .scoped(interval.scope().name().toLowerCase(Locale.ROOT)));
                }
            });
        }
        return findings;
    }

    /**
     * The last session on an earlier day: a session on the same day is not a re-treatment (the
     * two-products rule and the caps deal with it), so it never gives "0 weeks since".
     */
    private static Optional<Session> lastSession(PlanFacts plan, Optional<Limb> limb) {
        return plan.administeredBefore().stream()
                .filter(s -> s.date().isBefore(plan.session().date()))
                .filter(s -> limb.isEmpty() || treats(plan, s, limb.get()))
                .max(Comparator.comparing(Session::date));
    }

    private static boolean treats(PlanFacts plan, Session session, Limb limb) {
        return session.targets().stream()
                .anyMatch(t -> plan.reference().limbOf(t.muscleId()).filter(l -> l == limb).isPresent());
    }

    private static Optional<Limb> limbOf(LimitScope scope) {
        return switch (scope) {
            case UPPER_LIMB, ONE_ARM -> Optional.of(Limb.UPPER);
            case LOWER_LIMB, ONE_LEG -> Optional.of(Limb.LOWER);
            default -> Optional.empty();
        };
    }
}
