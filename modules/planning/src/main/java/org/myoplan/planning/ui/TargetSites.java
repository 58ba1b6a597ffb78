package org.myoplan.planning.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Side;

/**
 * The target selected in a session editor as the Injection Guidance window sees it, in the editor's
 * lookup: which muscles on which side, on which atlas, the injection points it has now,
 * and (in an editable plan) how to add suggested sites to it. A new one is published after every change,
 * so the window never shows a stale target.
 *
 * @param editor the session editor it comes from (the window lets go of it when that editor closes)
 * @param label "Biceps brachii (left)"
 * @param lengths the patient's limb lengths measured in the session, which the points' centimetres follow
 * @param use adds points to the target in one undoable change, or says why not; null when read-only
 */
record TargetSites(Object editor, String label, Side side, List<Muscle> muscles, Atlas atlas,
        List<InjectionPoint> points, LimbLengths lengths, Function<List<InjectionPoint>, Optional<String>> use) {

    TargetSites {
        muscles = List.copyOf(muscles);
        points = List.copyOf(points);
    }

    boolean editable() {
        return use != null;
    }
}
