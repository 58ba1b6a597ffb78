package org.myoplan.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.myoplan.history.StoredAssessment;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Assessment;
import org.myoplan.model.FollowUp;
import org.myoplan.model.ModifiedAshworth;
import org.myoplan.model.SessionStatus;

/**
 * A patient's outcomes over time, as the chart draws them: the Modified Ashworth grades of each muscle
 * and side, the pain scores, and the sessions they follow. Built from the records without Swing, so
 * what the chart shows can be checked on its own.
 */
public final class OutcomeTimeline {

    public record GradePoint(LocalDate date, FollowUp timepoint, ModifiedAshworth grade) {
    }

    public record PainPoint(LocalDate date, FollowUp timepoint, int pain) {
    }

    /** A session on the chart's time axis; a planned one is marked as such, since it may not have happened. */
    public record SessionMark(long sessionId, LocalDate date, String label, boolean planned) {
    }

    public record Span(LocalDate first, LocalDate last) {
    }

    private final Map<MuscleSide, List<GradePoint>> grades;
    private final List<PainPoint> pain;
    private final List<SessionMark> sessions;
    private final Function<String, String> muscleNames;

    private OutcomeTimeline(Map<MuscleSide, List<GradePoint>> grades, List<PainPoint> pain, List<SessionMark> sessions,
            Function<String, String> muscleNames) {
        this.grades = grades;
        this.pain = pain;
        this.sessions = sessions;
        this.muscleNames = muscleNames;
    }

    /**
     * @param assessments the patient's assessments, in any order
     * @param sessions the patient's sessions, in any order; cancelled ones are left off the chart
     * @param muscleNames the clinician's name of a muscle id ("Biceps brachii")
     */
    public static OutcomeTimeline of(List<StoredAssessment> assessments, List<StoredSession> sessions,
            Function<String, String> muscleNames) {
        List<Assessment> byDate = assessments.stream().map(StoredAssessment::assessment)
                .sorted(Comparator.comparing(Assessment::date)).toList();
        Map<MuscleSide, List<GradePoint>> grades = new LinkedHashMap<>();
        List<PainPoint> pain = new ArrayList<>();
        for (Assessment assessment : byDate) {
            for (Assessment.AshworthScore score : assessment.ashworth()) {
                grades.computeIfAbsent(new MuscleSide(score.muscleId(), score.side()), k -> new ArrayList<>())
                        .add(new GradePoint(assessment.date(), assessment.timepoint(), score.grade()));
            }
            if (assessment.pain() != null) {
                pain.add(new PainPoint(assessment.date(), assessment.timepoint(), assessment.pain()));
            }
        }
        // Lines in the order of the muscles' names, so the legend reads like a list and keeps its order between
        // patients.
        Map<MuscleSide, List<GradePoint>> sorted = new LinkedHashMap<>();
        grades.keySet().stream()
                .sorted(Comparator.comparing((MuscleSide m) -> muscleNames.apply(m.muscleId()))
                .thenComparing(MuscleSide::side)) .forEach(m -> sorted.put(m, List.copyOf(grades.get(m))));
        List<SessionMark> marks = sessions.stream()
                .filter(s -> s.session().status() != SessionStatus.CANCELLED)
                .sorted(Comparator.comparing((StoredSession s) -> s.session().date()))
                .map(s -> new SessionMark(s.id(), s.session().date(), SessionLabels.shortLabel(s),
                        s.session().status() == SessionStatus.PLANNED))
                .toList();
        return new OutcomeTimeline(sorted, List.copyOf(pain), marks, muscleNames);
    }

    /** The grades of each muscle and side, oldest first, muscles in the order of their names. */
    public Map<MuscleSide, List<GradePoint>> grades() {
        return grades;
    }

    public List<PainPoint> pain() {
        return pain;
    }

    public List<SessionMark> sessions() {
        return sessions;
    }

    public String label(MuscleSide muscle) {
        return muscle.label(muscleNames);
    }

    /** Nothing to chart: no grade and no pain score. */
    public boolean isEmpty() {
        return grades.isEmpty() && pain.isEmpty();
    }

    /** The first and last day the chart must show: every assessment and every session. */
    public Optional<Span> span() {
        List<LocalDate> days = new ArrayList<>();
        grades.values().forEach(points -> points.forEach(p -> days.add(p.date())));
        pain.forEach(p -> days.add(p.date()));
        sessions.forEach(s -> days.add(s.date()));
        if (days.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Span(days.stream().min(Comparator.naturalOrder()).orElseThrow(),
                days.stream().max(Comparator.naturalOrder()).orElseThrow()));
    }
}
