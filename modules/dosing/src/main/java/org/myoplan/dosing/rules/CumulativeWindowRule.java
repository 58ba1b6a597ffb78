package org.myoplan.dosing.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.myoplan.dosing.reference.LimitKind;
import org.myoplan.dosing.reference.SessionLimit;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.Session;
import org.myoplan.model.Target;

/**
 * Units of the session's product given within the label's window (e.g. 12 weeks) across sessions,
 * this one included (alone, if nothing was given earlier), against the cumulative cap. Only the same product's units
 * are added: another product given in the window is named, never added.
 */
final class CumulativeWindowRule implements DosingRule {

    static final String ID = "cumulative-window";
    static final String OTHER_PRODUCT = "other-product-in-window";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        List<Finding> findings = new ArrayList<>();
        List<SessionLimit> caps = new ArrayList<>(plan.reference().limits(plan.session().product(), plan.population(),
                LimitKind.WINDOW_UNITS));
        List<SessionLimit> perKg = plan.reference().limits(plan.session().product(), plan.population(),
                LimitKind.WINDOW_UNITS_PER_KG);
        Optional<BigDecimal> kg = plan.recentWeightKg();
        for (SessionLimit cap : caps) {
            check(plan, cap, cap.value(), PlanFacts.units(cap.value()), findings);
        }
        for (SessionLimit cap : perKg) {
            kg.ifPresent(weight -> check(plan, cap, cap.value().multiply(weight),
                    PlanFacts.units(cap.value().multiply(weight)) + " (" + PlanFacts.number(cap.value()) + " U/kg)",
                    findings));
        }
        int window = caps.stream().map(SessionLimit::windowWeeks).filter(w -> w != null).findFirst().orElse(12);
        otherProducts(plan, window, findings);
        return findings;
    }

    private static void check(PlanFacts plan, SessionLimit cap, BigDecimal limit, String limitText,
            List<Finding> findings) {
        int weeks = cap.windowWeeks() == null ? 12 : cap.windowWeeks();
        LocalDate from = plan.session().date().minusWeeks(weeks);
        BigDecimal earlier = plan.administeredBefore().stream()
                .filter(s -> s.product() == plan.session().product() && s.date().isAfter(from))
                .flatMap(s -> s.targets().stream())
                .filter(PlanFacts::isValid)
                .map(Target::units).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = earlier.add(plan.sessionUnits());
        // The window's cap binds this session alone too: a label with no per-session cap (BOTOX adults
        // have only per-limb caps) must not let both limbs together pass it unseen.
        if (total.compareTo(limit) > 0) {
            String given = earlier.signum() > 0
                    ? " (" + PlanFacts.units(earlier) + " given earlier, " + PlanFacts.units(plan.sessionUnits())
                    + " now)" : " (all in this session)";
            findings.add(Finding.warning(ID, PlanFacts.units(total) + " of " + plan.session().product().brand()
                    + " within " + weeks + " weeks" + given + " is more than the cumulative cap of " + limitText + " ("
                    + cap.source().describe() + ")", cap.source()).scoped(cap.kind().name().toLowerCase(Locale.ROOT)));
        }
    }

    private static void otherProducts(PlanFacts plan, int weeks, List<Finding> findings) {
        LocalDate from = plan.session().date().minusWeeks(weeks);
        for (Session other : plan.administeredBefore()) {
            if (other.product() != plan.session().product() && other.date().isAfter(from)) {
                findings.add(Finding.info(OTHER_PRODUCT, other.product().displayName() + " was given on " + other.date()
                        + ", within " + weeks + " weeks; its units are not comparable with "
                        + plan.session().product().brand() + " units and are not added to them",
                        Source.rule("Units of different products are not interchangeable (every label)"))
                        .scoped(other.date().toString()));
            }
        }
    }
}
