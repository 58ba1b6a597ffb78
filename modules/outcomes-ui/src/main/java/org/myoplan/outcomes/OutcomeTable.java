package org.myoplan.outcomes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.myoplan.history.StoredAssessment;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Assessment;

/**
 * The assessments as rows of text, oldest first like the chart: date, time point, the session followed,
 * pain, one column of Modified Ashworth grades per muscle and side (empty where it was not graded), and
 * the goals with their Goal Attainment Scaling score.
 */
public final class OutcomeTable {

    static final List<String> FIRST_COLUMNS = List.of("Date", "Time point", "Session followed", "Pain");
    public static final String GOALS_COLUMN = "Goals (GAS)";

    private final List<String> columns;
    private final List<List<String>> rows;

    private OutcomeTable(List<String> columns, List<List<String>> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static OutcomeTable of(List<StoredAssessment> assessments, List<StoredSession> sessions,
            Function<String, String> muscleNames) {
        List<MuscleSide> muscles = new ArrayList<>(OutcomeTimeline.of(assessments, sessions,
                muscleNames).grades().keySet());
        List<String> columns = new ArrayList<>(FIRST_COLUMNS);
        muscles.forEach(m -> columns.add(m.label(muscleNames)));
        columns.add(GOALS_COLUMN);
        List<List<String>> rows = new ArrayList<>();
        for (StoredAssessment stored : assessments.stream()
                .sorted(Comparator.comparing((StoredAssessment s) -> s.assessment().date())
                .thenComparing(StoredAssessment::id)) .toList()) {
            Assessment a = stored.assessment();
            List<String> row = new ArrayList<>();
            row.add(a.date().toString());
            row.add(a.timepoint().displayName());
            row.add(SessionLabels.followed(stored.sessionId(), sessions));
            row.add(a.pain() == null ? "" : String.valueOf(a.pain()));
            for (MuscleSide muscle : muscles) {
                row.add(a.ashworth().stream()
                        .filter(s -> s.muscleId().equals(muscle.muscleId()) && s.side() == muscle.side())
                        .map(s -> s.grade().grade()).collect(Collectors.joining(", ")));
            }
            row.add(a.goals().stream().map(OutcomeTable::goal).collect(Collectors.joining("; ")));
            rows.add(List.copyOf(row));
        }
        return new OutcomeTable(List.copyOf(columns), List.copyOf(rows));
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** "Walk to the shop: +1", or "not scored" for a goal set at baseline and not yet scored. */
    static String goal(Assessment.Goal goal) {
        return goal.text() + ": " + (goal.attainment() == null ? "not scored" : attainment(goal.attainment()));
    }

    /** Goal Attainment Scaling writes the sign: -2, -1, 0, +1, +2. */
    static String attainment(int score) {
        return score > 0 ? "+" + score : String.valueOf(score);
    }
}
