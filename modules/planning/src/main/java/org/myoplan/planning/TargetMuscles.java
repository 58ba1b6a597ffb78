package org.myoplan.planning;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * Between the atlas's muscles ("biceps_brachii.left") and the plan's targets (muscle id and side), and
 * the names a clinician reads. A dosing id may stand for a group of atlas muscles ("hip_adductors").
 */
public final class TargetMuscles {

    private final Supplier<Atlas> atlas;
    private final ReferenceData reference;

    public TargetMuscles(Atlas atlas, ReferenceData reference) {
        this(() -> atlas, reference);
    }

    /** Names and muscles from whatever atlas {@code atlas} gives now: the application's can change. */
    public TargetMuscles(Supplier<Atlas> atlas, ReferenceData reference) {
        this.atlas = atlas;
        this.reference = reference;
    }

    public Optional<Muscle> muscle(String key) {
        return atlas.get().muscle(key);
    }

    /** The atlas muscles a target stands for, on its side. */
    public List<Muscle> musclesOf(Target target) {
        return atlas.get().resolve(target.muscleId(), target.side());
    }

    /** "Biceps brachii"; a group by the reference's name ("Hip adductors"). */
    public String name(String muscleId) {
        return atlas.get().find(muscleId, Side.RIGHT).map(Muscle::displayName)
                .orElseGet(() -> reference.nameOf(muscleId));
    }
}
