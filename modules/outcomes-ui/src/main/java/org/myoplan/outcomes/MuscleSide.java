package org.myoplan.outcomes;

import java.util.Objects;
import java.util.function.Function;
import org.myoplan.model.Side;

/** One muscle on one side: what a Modified Ashworth grade is given for, and a line of the chart. */
public record MuscleSide(String muscleId, Side side) {

    public MuscleSide {
        Objects.requireNonNull(muscleId, "muscleId");
        Objects.requireNonNull(side, "side");
    }

    /** "Biceps brachii (left)", with the muscle's name from the reference data. */
    String label(Function<String, String> muscleNames) {
        return muscleNames.apply(muscleId) + " (" + side.displayName() + ")";
    }
}
