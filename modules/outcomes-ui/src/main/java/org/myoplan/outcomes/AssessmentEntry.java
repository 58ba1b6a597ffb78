package org.myoplan.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Assessment;
import org.myoplan.model.FollowUp;
import org.myoplan.model.ModifiedAshworth;
import org.myoplan.model.Side;

/**
 * The Add Assessment form's input as typed, and its check: each problem in words the clinician can act
 * on, errors (nothing is saved) apart from warnings (saved if the clinician goes on). The input is never
 * changed, so nothing typed is lost while it is corrected.
 */
public final class AssessmentEntry {

    /** A Modified Ashworth row as entered: the grade as written ("1+"), empty until graded; any part may be missing. */
    public record AshworthRow(String muscleId, Side side, String grade) {
        boolean blank() {
            return muscleId == null && empty(grade);
        }
    }

    /**
     * A goal as entered: its text and its Goal Attainment Scaling score as written ("-2" to "+2"), empty until scored.
     */
    public record GoalRow(String text, String score) {
        boolean blank() {
            return empty(text) && empty(score);
        }
    }

    public record Draft(String date, FollowUp timepoint, OptionalLong sessionId, String pain,
            List<AshworthRow> ashworth, List<GoalRow> goals) {
        public Draft {
            ashworth = List.copyOf(ashworth);
            goals = List.copyOf(goals);
        }
    }

    /** The outcome of a check: the assessment to save when there is no error. */
    public record Checked(Optional<Assessment> assessment, List<String> errors, List<String> warnings) {
        public boolean saveable() {
            return errors.isEmpty();
        }
    }

    private final LocalDate today;
    private final Function<String, String> muscleNames;

    public AssessmentEntry(LocalDate today, Function<String, String> muscleNames) {
        this.today = today;
        this.muscleNames = muscleNames;
    }

    public Checked check(Draft draft, List<StoredSession> sessions) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        LocalDate date = date(draft.date(), errors);
        if (draft.timepoint() == null) {
            errors.add("Choose the time point: baseline or a follow-up.");
        }
        Optional<StoredSession> followed = draft.sessionId().isPresent()
                ? SessionLabels.find(draft.sessionId().getAsLong(), sessions) : Optional.empty();
        if (date != null && draft.timepoint() != null) {
            checkFollowedSession(date, draft.timepoint(), followed, errors, warnings);
        }
        Integer pain = pain(draft.pain(), errors);
        List<Assessment.AshworthScore> ashworth = ashworth(draft.ashworth(), errors, warnings);
        List<Assessment.Goal> goals = goals(draft.goals(), draft.timepoint(), errors, warnings);
        if (errors.isEmpty() && pain == null && ashworth.isEmpty() && goals.isEmpty()) {
            errors.add("Nothing to save yet: enter a pain score, a Modified Ashworth grade or a goal.");
        }
        Optional<Assessment> assessment = errors.isEmpty()
                ? Optional.of(new Assessment(date, draft.timepoint(), ashworth, List.of(), pain, goals))
                : Optional.empty();
        return new Checked(assessment, List.copyOf(errors), List.copyOf(warnings));
    }

    private LocalDate date(String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            errors.add("Enter the date of the assessment as year-month-day, e.g. " + today + ".");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add("\"" + text.trim() + "\" is not a date: write it as year-month-day, e.g. " + today + ".");
            return null;
        }
        if (date.isAfter(today)) {
            errors.add("The date " + date + " is in the future: record an assessment once it is made.");
            return null;
        }
        return date;
    }

    private static void checkFollowedSession(LocalDate date, FollowUp timepoint, Optional<StoredSession> followed,
            List<String> errors, List<String> warnings) {
        if (followed.isEmpty()) {
            if (timepoint != FollowUp.BASELINE) {
                warnings.add("A " + timepoint.displayName() + " follow-up follows a session: choose it, "
                        + "or save without one if the injection was given elsewhere.");
            }
            return;
        }
        LocalDate sessionDate = followed.get().session().date();
        if (date.isBefore(sessionDate)) {
            errors.add("The assessment (" + date + ") is before the session it follows (" + sessionDate
                    + "): choose an earlier session, or none.");
            return;
        }
        if (timepoint != FollowUp.BASELINE) {
            long days = ChronoUnit.DAYS.between(sessionDate, date);
            // A follow-up is rarely on the day: a week either way, or a quarter of the interval for the later ones.
            long tolerance = Math.max(7, timepoint.daysAfterSession() / 4);
            if (Math.abs(days - timepoint.daysAfterSession()) > tolerance) {
                warnings.add("The session of " + sessionDate + " was " + days + " days before; a "
                        + timepoint.displayName() + " follow-up is about " + timepoint.daysAfterSession()
                        + " days after. Check the time point and the session.");
            }
        }
    }

    private static Integer pain(String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null; // pain is optional: not every patient is asked at every visit
        }
        try {
            int pain = Integer.parseInt(text.trim());
            if (pain >= 0 && pain <= 10) {
                return pain;
            }
        } catch (NumberFormatException e) {
            // told below, with the text as typed
        }
        errors.add("Pain is a whole number from 0 (none) to 10 (worst imaginable), not \"" + text.trim()
                + "\"; leave it empty if it was not asked.");
        return null;
    }

    private List<Assessment.AshworthScore> ashworth(List<AshworthRow> rows, List<String> errors,
            List<String> warnings) {
        List<Assessment.AshworthScore> scores = new ArrayList<>();
        Set<MuscleSide> graded = new HashSet<>();
        List<String> ungraded = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AshworthRow row = rows.get(i);
            if (row.blank()) {
                continue; // a row added and never filled in holds nothing to keep
            }
            if (row.muscleId() == null) {
                errors.add("Modified Ashworth row " + (i + 1) + " has a grade but no muscle: choose the muscle.");
            } else if (row.side() == null) {
                errors.add("Modified Ashworth row " + (i + 1) + ": choose the side of "
                        + muscleNames.apply(row.muscleId()) + ".");
            } else if (empty(row.grade())) {
                ungraded.add(new MuscleSide(row.muscleId(), row.side()).label(muscleNames));
            } else if (ModifiedAshworth.ofGrade(row.grade()).isEmpty()) {
                errors.add("Modified Ashworth grade of " + new MuscleSide(row.muscleId(), row.side()).label(muscleNames)
                        + ": \"" + row.grade().trim() + "\" is not on the scale; choose 0, 1, 1+, 2, 3 or 4.");
            } else if (!graded.add(new MuscleSide(row.muscleId(), row.side()))) {
                errors.add(new MuscleSide(row.muscleId(), row.side()).label(muscleNames)
                        + " is graded twice: keep one row.");
            } else {
                scores.add(new Assessment.AshworthScore(row.muscleId(), row.side(),
                        ModifiedAshworth.ofGrade(row.grade()).orElseThrow()));
            }
        }
        if (!ungraded.isEmpty()) {
            warnings.add("Not graded, so not saved: " + String.join(", ", ungraded) + ".");
        }
        return scores;
    }

    private static List<Assessment.Goal> goals(List<GoalRow> rows, FollowUp timepoint, List<String> errors,
            List<String> warnings) {
        List<Assessment.Goal> goals = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            GoalRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            if (empty(row.text())) {
                errors.add("Goal " + (i + 1) + " has a score but no text: write the goal.");
                continue;
            }
            String goal = "\"" + row.text().trim() + "\"";
            if (empty(row.score())) {
                goals.add(new Assessment.Goal(row.text().trim(), null));
                unscored.add(goal);
                continue;
            }
            Integer score = score(row.score());
            if (score == null) {
                errors.add("GAS score of goal " + (i + 1) + " (" + goal + "): \"" + row.score().trim()
                        + "\" is not a score; choose -2, -1, 0, +1 or +2.");
            } else {
                goals.add(new Assessment.Goal(row.text().trim(), score));
            }
        }
        // At baseline goals are agreed, not yet scored; at a follow-up an unscored goal is worth a second look.
        if (!unscored.isEmpty() && timepoint != null && timepoint != FollowUp.BASELINE) {
            warnings.add("Goal not scored: " + String.join(", ", unscored) + ".");
        }
        return goals;
    }

    /**
     * A Goal Attainment Scaling score as written ("+1", "-2", also with a typographic minus), or null if it is none.
     */
    private static Integer score(String text) {
        try {
            int score = Integer.parseInt(text.trim().replace('\u2212', '-'));
            return score >= -2 && score <= 2 ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }
}
