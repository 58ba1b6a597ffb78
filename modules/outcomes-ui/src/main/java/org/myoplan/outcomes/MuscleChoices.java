package org.myoplan.outcomes;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.myoplan.dosing.reference.MuscleRange;
import org.myoplan.dosing.reference.PatternMuscle;
import org.myoplan.dosing.reference.ReferenceData;

/**
 * The muscles a Modified Ashworth grade can be given for, and their names: the muscles of the dosing
 * tables and the spasticity patterns (the ones injected for spasticity), with the same ids the sessions'
 * targets use.
 */
public final class MuscleChoices {

    private MuscleChoices() {
    }

    /** The shipped reference data, read once: a clinic protocol narrows doses, not the muscles' names. */
    public static ReferenceData reference() {
        return Shared.REFERENCE;
    }

    public static String nameOf(String muscleId) {
        return reference().nameOf(muscleId);
    }

    /**
     * The ids to choose from, in the order of their names, with {@code alsoThese} (e.g. a session's targets) among
     * them.
     */
    public static List<String> of(ReferenceData reference, Collection<String> alsoThese) {
        return Stream.of(reference.ranges().stream().map(MuscleRange::muscleId),
                        reference.patterns().stream().map(PatternMuscle::muscleId), alsoThese.stream())
                .flatMap(s -> s).distinct()
                .sorted(Comparator.comparing(reference::nameOf, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static final class Shared {
        static final ReferenceData REFERENCE = ReferenceData.builtIn();
    }
}
