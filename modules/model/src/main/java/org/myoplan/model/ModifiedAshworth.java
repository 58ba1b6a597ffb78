package org.myoplan.model;

import java.util.Arrays;
import java.util.Optional;

/** The Modified Ashworth Scale of muscle tone: 0, 1, 1+, 2, 3, 4. */
public enum ModifiedAshworth {
    ZERO("0"), ONE("1"), ONE_PLUS("1+"), TWO("2"), THREE("3"), FOUR("4");

    private final String grade;

    ModifiedAshworth(String grade) {
        this.grade = grade;
    }

    public String grade() {
        return grade;
    }

    /** The position on the scale, 0 to 5 (1+ counts as a step of its own), for charts. */
    public int rank() {
        return ordinal();
    }

    public static Optional<ModifiedAshworth> ofGrade(String grade) {
        return Arrays.stream(values()).filter(g -> g.grade.equals(grade == null ? null : grade.trim())).findFirst();
    }
}
