package org.myoplan.dosing.json;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myoplan.model.Plan;

/**
 * A plan file as read: the plan, and the descriptions in words that its injection points carried (written by
 * another system, or by Myoplan), which the plan's model does not hold. They are kept so that nothing read
 * is lost: the check prints them beside the descriptions it computes.
 *
 * @param pointDescriptions by the point's field path, e.g. "session.targets[0].injectionPoints[1]"
 */
public record PlanFile(Plan plan, Map<String, String> pointDescriptions) {

    public PlanFile {
        Objects.requireNonNull(plan, "plan");
        pointDescriptions = Map.copyOf(pointDescriptions);
    }

    /** The field path of the session's target's injection point, both counted from 0. */
    public static String sessionPointPath(int target, int point) {
        return "session.targets[" + target + "].injectionPoints[" + point + "]";
    }

    /** The description the file gave the session's point, if it gave one. */
    public Optional<String> givenDescription(int target, int point) {
        return Optional.ofNullable(pointDescriptions.get(sessionPointPath(target, point)));
    }
}
