package org.myoplan.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One muscle on one side to inject: the dose in the session product's units, the number of sites, how
 * the needle is guided, and where. The amount is kept as entered, even when invalid, so that the checks
 * can say what is wrong with it instead of losing it.
 */
public record Target(String muscleId, Side side, BigDecimal units, int sites, Guidance guidance,
        List<InjectionPoint> injectionPoints, String notes) {

    public Target {
        Objects.requireNonNull(muscleId, "muscleId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(guidance, "guidance");
        injectionPoints = List.copyOf(injectionPoints);
        notes = notes == null ? "" : notes;
    }

    public static Target of(String muscleId, Side side, String units, int sites) {
        return new Target(muscleId, side, new BigDecimal(units), sites, Guidance.ULTRASOUND, List.of(), "");
    }

    public Target withUnits(BigDecimal newUnits) {
        return new Target(muscleId, side, newUnits, sites, guidance, injectionPoints, notes);
    }

    public Target withSites(int newSites) {
        return new Target(muscleId, side, units, newSites, guidance, injectionPoints, notes);
    }

    /** Muscle and side, as a clinician says it: "biceps_brachii (left)". */
    public String label() {
        return muscleId + " (" + side.displayName() + ")";
    }
}
