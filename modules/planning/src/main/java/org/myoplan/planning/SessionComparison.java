package org.myoplan.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.myoplan.model.Session;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * A session beside the one before it, muscle by muscle: what was added, dropped, raised or lowered.
 * Units are compared only within one product; across products the change says so instead of comparing.
 */
public final class SessionComparison {

    public enum Change { ADDED, REMOVED, INCREASED, DECREASED, UNCHANGED, OTHER_PRODUCT }

    /** One muscle and side; a missing amount is null (not injected in that session). */
    public record Row(String muscleId, Side side, BigDecimal previousUnits, BigDecimal currentUnits, Change change) {
    }

    private SessionComparison() {
    }

    public static List<Row> compare(Session previous, Session current) {
        Map<String, Target> before = byMuscle(previous);
        Map<String, Target> now = byMuscle(current);
        boolean sameProduct = previous.product() == current.product();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Target> entry : now.entrySet()) {
            Target target = entry.getValue();
            Target earlier = before.get(entry.getKey());
            BigDecimal previousUnits = earlier == null ? null : earlier.units();
            rows.add(new Row(target.muscleId(), target.side(), previousUnits, target.units(),
                    earlier == null ? Change.ADDED : change(previousUnits, target.units(), sameProduct)));
        }
        for (Map.Entry<String, Target> entry : before.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                Target dropped = entry.getValue();
                rows.add(new Row(dropped.muscleId(), dropped.side(), dropped.units(), null, Change.REMOVED));
            }
        }
        return rows;
    }

    /** Between two doses of the same muscle; a dose not set yet (null) is compared with nothing. */
    private static Change change(BigDecimal previous, BigDecimal current, boolean sameProduct) {
        if (!sameProduct) {
            return Change.OTHER_PRODUCT;
        }
        if (previous == null || current == null) {
            return Change.UNCHANGED;
        }
        int order = current.compareTo(previous);
        return order > 0 ? Change.INCREASED : order < 0 ? Change.DECREASED : Change.UNCHANGED;
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static Map<String, Target> byMuscle(Session session) {
        Map<String, Target> map = new LinkedHashMap<>();
        for (Target target : session.targets()) {
            map.merge(target.muscleId() + ":" + target.side(), target,
                    (a, b) -> a.withUnits(sum(a.units(), b.units())));
        }
        return map;
    }
}
