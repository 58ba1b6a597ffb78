package org.myoplan.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One muscle on one side to inject: the dose in the session product's units, the number of sites, how
 * the needle is guided, where, and the notes for whoever injects or treats it. The amount is kept as
 * entered, even when invalid, so that the checks can say what is wrong with it instead of losing it.
 *
 * @param units the dose, or null while it is not set yet (a muscle just added): "dose needed", never 0
 * @param doseSource where the dose was taken from when the clinician did not type it, e.g. a pattern's
 *        guide ("Flexed elbow: WE MOVE 2005"); empty once the clinician sets the dose
 */
public record Target(String muscleId, Side side, BigDecimal units, int sites, Guidance guidance,
        List<InjectionPoint> injectionPoints, String notes, String doseSource) {

    public Target {
        Objects.requireNonNull(muscleId, "muscleId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(guidance, "guidance");
        injectionPoints = List.copyOf(injectionPoints);
        notes = notes == null ? "" : notes;
        doseSource = doseSource == null ? "" : doseSource;
    }

    /** A target whose dose the clinician set (or has not set yet, when units is null). */
    public Target(String muscleId, Side side, BigDecimal units, int sites, Guidance guidance,
            List<InjectionPoint> injectionPoints, String notes) {
        this(muscleId, side, units, sites, guidance, injectionPoints, notes, "");
    }

    public static Target of(String muscleId, Side side, String units, int sites) {
        return new Target(muscleId, side, new BigDecimal(units), sites, Guidance.ULTRASOUND, List.of(), "");
    }

    /** A muscle just added: its dose is for the clinician to set. */
    public static Target doseNeeded(String muscleId, Side side, int sites) {
        return new Target(muscleId, side, null, sites, Guidance.ULTRASOUND, List.of(), "");
    }

    /** Whether a dose is set; without one the target cannot be injected (the checks say "dose needed"). */
    public boolean hasDose() {
        return units != null;
    }

    /** The clinician's dose (null: not set): it is no longer the guide's, whatever the number. */
    public Target withUnits(BigDecimal newUnits) {
        return new Target(muscleId, side, newUnits, sites, guidance, injectionPoints, notes, "");
    }

    public Target withSites(int newSites) {
        return new Target(muscleId, side, units, newSites, guidance, injectionPoints, notes, doseSource);
    }

    public Target withGuidance(Guidance newGuidance) {
        return new Target(muscleId, side, units, sites, newGuidance, injectionPoints, notes, doseSource);
    }

    public Target withNotes(String newNotes) {
        return new Target(muscleId, side, units, sites, guidance, injectionPoints, newNotes, doseSource);
    }

    public Target withInjectionPoints(List<InjectionPoint> points) {
        return new Target(muscleId, side, units, sites, guidance, points, notes, doseSource);
    }

    /** Another side: the points were on the other muscle, so none come along. */
    public Target withSide(Side newSide) {
        return new Target(muscleId, newSide, units, sites, guidance, List.of(), notes, doseSource);
    }

    /** Whether the dose is still the one a guide suggested (the clinician has not changed it). */
    public boolean guideDose() {
        return hasDose() && !doseSource.isEmpty();
    }

    /** Muscle and side, as a clinician says it: "biceps_brachii (left)". */
    public String label() {
        return muscleId + " (" + side.displayName() + ")";
    }
}
