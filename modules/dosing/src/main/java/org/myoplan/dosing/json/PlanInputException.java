package org.myoplan.dosing.json;

import java.util.List;

/**
 * A plan file that cannot be used; each problem names its field, e.g. "session.targets[2].units: ...".
 * A file with several bad values has them all, one a line in the message.
 */
public final class PlanInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PlanInputException(String message) {
        this(List.of(message));
    }

    public PlanInputException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming its field. */
    public List<String> problems() {
        return problems;
    }
}
