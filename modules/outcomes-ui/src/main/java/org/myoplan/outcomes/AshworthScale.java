package org.myoplan.outcomes;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.myoplan.model.ModifiedAshworth;

/**
 * The Modified Ashworth grades as heights on a chart: 0, 1, 1+ = 1.5, 2, 3, 4. The scale is ordinal; 1+
 * sits half-way between 1 and 2 so that every other grade keeps the number clinicians write, and a
 * line from 1 to 2 passes through 1+ as the scale itself does.
 */
public final class AshworthScale {

    /** Below 0 and above 4, so that a line at grade 0 or 4 is not drawn on the plot's border. */
    public static final double LOWEST = -0.25;
    public static final double HIGHEST = 4.25;

    private AshworthScale() {
    }

    public static double valueOf(ModifiedAshworth grade) {
        return switch (grade) {
            case ZERO -> 0;
            case ONE -> 1;
            case ONE_PLUS -> 1.5;
            case TWO -> 2;
            case THREE -> 3;
            case FOUR -> 4;
        };
    }

    /** The grade nearest a height: the grade of a point drawn a little above or below it. */
    public static ModifiedAshworth nearestGrade(double value) {
        return Arrays.stream(ModifiedAshworth.values())
                .min(Comparator.comparingDouble(g -> Math.abs(valueOf(g) - value))).orElseThrow();
    }

    /** The grades from 0 to 4, in the order of the scale. */
    public static List<ModifiedAshworth> grades() {
        return List.of(ModifiedAshworth.values());
    }
}
