package org.myoplan.planning;

import java.math.BigDecimal;
import java.util.Optional;
import org.myoplan.dosing.reference.MuscleRange;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Target;

/**
 * Where a target's dose lies against its reference range, for the colour it gets in the 3D View and
 * the table: the same range the range rule uses (per kg for a child with a recent weight).
 */
public enum DoseBand {
    BELOW_RANGE, WITHIN_RANGE, ABOVE_RANGE, NO_REFERENCE, INVALID, DOSE_NEEDED;

    public static DoseBand of(Target target, PlanFacts facts) {
        if (!target.hasDose()) {
            return DOSE_NEEDED;
        }
        if (target.units().signum() <= 0 || target.sites() < 1) {
            return INVALID;
        }
        Optional<MuscleRange> range = facts.reference().range(facts.session().product(), facts.population(),
                target.muscleId());
        if (range.isEmpty()) {
            return NO_REFERENCE;
        }
        BigDecimal factor = BigDecimal.ONE;
        if (range.get().perKg()) {
            Optional<BigDecimal> kg = facts.recentWeightKg();
            if (kg.isEmpty()) {
                return NO_REFERENCE; // without a recent weight a per-kg range says nothing
            }
            factor = kg.get();
        }
        if (target.units().compareTo(range.get().min().multiply(factor)) < 0) {
            return BELOW_RANGE;
        }
        return target.units().compareTo(range.get().max().multiply(factor)) > 0 ? ABOVE_RANGE : WITHIN_RANGE;
    }
}
