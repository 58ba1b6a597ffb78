package org.myoplan.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Limb;
import org.myoplan.model.Side;

/**
 * The units of a plan per limb and side and for the session, counted as the rules count them (only
 * valid doses; a muscle of unknown limb is named rather than silently left out).
 */
public record PlanTotals(List<LimbTotal> limbs, BigDecimal session, List<String> unknownLimb, String unit) {

    public record LimbTotal(Limb limb, Side side, BigDecimal units) {
    }

    public static PlanTotals of(PlanFacts facts) {
        List<LimbTotal> limbs = new ArrayList<>();
        for (Limb limb : Limb.values()) {
            for (Side side : Side.values()) {
                BigDecimal units = facts.unitsIn(limb, side);
                if (units.signum() > 0) {
                    limbs.add(new LimbTotal(limb, side, units));
                }
            }
        }
        List<String> unknown = facts.validTargets().stream()
                .filter(t -> facts.limbOf(t).isEmpty()).map(facts::name).toList();
        return new PlanTotals(limbs, facts.sessionUnits(), unknown, "U (" + facts.session().product().brand() + ")");
    }

    /** "Session 350 U (BOTOX) · left upper limb 250 U · left lower limb 100 U". */
    public String summary() {
        StringBuilder text = new StringBuilder("Session ").append(plain(session)).append(' ').append(unit);
        for (LimbTotal limb : limbs) {
            text.append(" · ").append(limb.side().displayName()).append(' ').append(limb.limb().displayName())
                    .append(' ').append(plain(limb.units())).append(" U");
        }
        if (!unknownLimb.isEmpty()) {
            text.append(" · not in a limb total: ").append(String.join(", ", unknownLimb));
        }
        return text.toString();
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
