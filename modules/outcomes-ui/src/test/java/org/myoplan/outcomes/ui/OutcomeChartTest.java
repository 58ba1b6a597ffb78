package org.myoplan.outcomes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myoplan.outcomes.Records.assessment;
import static org.myoplan.outcomes.Records.given;
import static org.myoplan.outcomes.Records.mas;
import static org.myoplan.outcomes.Records.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.myoplan.history.StoredAssessment;
import org.myoplan.history.StoredSession;
import org.myoplan.model.FollowUp;
import org.myoplan.model.ModifiedAshworth;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.outcomes.AshworthScale;
import org.myoplan.outcomes.OutcomeTimeline;
import org.myoplan.outcomes.Records;

class OutcomeChartTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    private final OutcomeChart chart = new OutcomeChart(ZONE);

    private final List<StoredSession> sessions = List.of(
            given(7, "2026-07-20", Target.of("biceps_brachii", Side.LEFT, "100", 4)),
            session(8, "2026-09-01", SessionStatus.CANCELLED),
            session(9, "2026-11-30", SessionStatus.PLANNED));
    // Given newest first, as the records return sessions; assessments oldest first but one out of order.
    private final List<StoredAssessment> assessments = List.of(
            assessment(2, 7L, "2026-08-03", FollowUp.WEEKS_2, null,
                    List.of(mas("biceps_brachii", Side.LEFT, "1+"), mas("flexor_carpi_radialis", Side.LEFT, "1")),
                    List.of()),
            assessment(1, null, "2026-07-20", FollowUp.BASELINE, 6,
                    List.of(mas("flexor_carpi_radialis", Side.LEFT, "2"), mas("biceps_brachii", Side.LEFT, "3")),
                    List.of()),
            assessment(3, 7L, "2026-10-19", FollowUp.MONTHS_3, 3,
                    List.of(mas("biceps_brachii", Side.LEFT, "2")), List.of()));

    private OutcomeTimeline timeline() {
        return OutcomeTimeline.of(assessments, sessions, Records::name);
    }

    @Test
    void oneLinePerMuscleAndSideInTheOrderOfTheirNamesWithTheGradesOverTime() {
        XYSeriesCollection grades = chart.gradeDataset(timeline());

        assertEquals(2, grades.getSeriesCount());
        XYSeries biceps = grades.getSeries(0);
        assertEquals("Biceps brachii (left)", biceps.getKey());
        assertEquals("Flexor carpi radialis (left)", grades.getSeries(1).getKey());
        assertEquals(3, biceps.getItemCount());
        assertEquals(day("2026-07-20"), biceps.getX(0).longValue());
        assertEquals(day("2026-08-03"), biceps.getX(1).longValue());
        assertEquals(day("2026-10-19"), biceps.getX(2).longValue());
        assertEquals(List.of(3.0, 1.5, 2.0), List.of(biceps.getY(0).doubleValue(), biceps.getY(1).doubleValue(),
                biceps.getY(2).doubleValue()));
        XYSeries fcr = grades.getSeries(1);
        assertEquals(List.of(2.0, 1.0), List.of(fcr.getY(0).doubleValue(), fcr.getY(1).doubleValue()),
                "a muscle not graded at 3 months has no point there, rather than a made-up one");
    }

    @Test
    void linesAtTheSameGradeAreDrawnApartButNeverNearerAnotherGrade() {
        XYSeriesCollection exact = chart.gradeDataset(timeline());
        XYSeriesCollection drawn = OutcomeChart.dodged(exact);

        for (int s = 0; s < exact.getSeriesCount(); s++) {
            assertEquals(exact.getSeriesKey(s), drawn.getSeriesKey(s));
            for (int i = 0; i < exact.getItemCount(s); i++) {
                assertEquals(exact.getXValue(s, i), drawn.getXValue(s, i));
                double moved = drawn.getYValue(s, i) - exact.getYValue(s, i);
                assertTrue(moved != 0 && Math.abs(moved) <= OutcomeChart.DODGE_MAX, "moved by " + moved);
                assertEquals(AshworthScale.nearestGrade(exact.getYValue(s, i)),
                        AshworthScale.nearestGrade(drawn.getYValue(s, i)));
            }
        }
        assertTrue(drawn.getYValue(0, 0) - exact.getYValue(0, 0) != drawn.getYValue(1, 0) - exact.getYValue(1, 0),
                "two lines are moved by different amounts, so equal grades do not coincide");
    }

    @Test
    void everyGradeMovedAsFarAsALineIsMovedStillReadsAsThatGrade() {
        for (ModifiedAshworth grade : AshworthScale.grades()) {
            double height = AshworthScale.valueOf(grade);
            assertEquals(grade, AshworthScale.nearestGrade(height + OutcomeChart.DODGE_MAX));
            assertEquals(grade, AshworthScale.nearestGrade(height - OutcomeChart.DODGE_MAX));
        }
    }

    @Test
    void painIsDrawnOnlyWhereItWasAsked() {
        XYSeriesCollection pain = chart.painDataset(timeline());

        XYSeries series = pain.getSeries(0);
        assertEquals(OutcomeChart.PAIN_SERIES, series.getKey());
        assertEquals(2, series.getItemCount());
        assertEquals(day("2026-07-20"), series.getX(0).longValue());
        assertEquals(6, series.getY(0).intValue());
        assertEquals(day("2026-10-19"), series.getX(1).longValue());
        assertEquals(3, series.getY(1).intValue());
    }

    @Test
    void sessionsAreMarkedAtTheirDatesCancelledOnesLeftOutPlannedOnesLabelledSo() {
        OutcomeTimeline timeline = timeline();
        List<ValueMarker> markers = chart.sessionMarkers(timeline, true);

        assertEquals(List.of(day("2026-07-20"), day("2026-11-30")),
                markers.stream().map(m -> (long) m.getValue()).toList());
        assertEquals("2026-07-20 BOTOX", markers.get(0).getLabel());
        assertEquals("2026-11-30 BOTOX (planned)", markers.get(1).getLabel());
        assertFalse(timeline.sessions().get(0).planned());
        assertTrue(timeline.sessions().get(1).planned());
        assertEquals(new OutcomeTimeline.Span(LocalDate.parse("2026-07-20"), LocalDate.parse("2026-11-30")),
                timeline.span().orElseThrow(), "the time axis reaches the planned session too");
    }

    @Test
    void withoutAssessmentsThereIsNothingToChart() {
        OutcomeTimeline empty = OutcomeTimeline.of(List.of(), sessions, Records::name);

        assertTrue(empty.isEmpty());
        assertEquals(0, chart.gradeDataset(empty).getSeriesCount());
        assertEquals(0, chart.painDataset(empty).getSeries(0).getItemCount());
    }

    @Test
    void theGradeAxisIsLabelledWithTheSixGradesAtTheirHeights() {
        List<?> ticks = new OutcomeChart.GradeAxis().refreshTicks(null, null, null, RectangleEdge.LEFT);

        assertEquals(List.of("0", "1", "1+", "2", "3", "4"),
                ticks.stream().map(t -> ((NumberTick) t).getText()).toList());
        assertEquals(List.of(0.0, 1.0, 1.5, 2.0, 3.0, 4.0),
                ticks.stream().map(t -> ((NumberTick) t).getNumber().doubleValue()).toList());
    }

    @Test
    void theChartIsBuiltWithBothPartsOnOneTimeAxis() {
        var built = chart.create(timeline(), "Maria Novak");

        var plot = (CombinedDomainXYPlot) built.getPlot();
        assertEquals(2, plot.getSubplots().size());
        assertEquals("Modified Ashworth", plot.getSubplots().get(0).getRangeAxis().getLabel());
        assertEquals("Pain", plot.getSubplots().get(1).getRangeAxis().getLabel());
        assertTrue(plot.getDomainAxis().getRange().contains(day("2026-11-30")),
                "the planned session's marker is inside the time axis");
    }

    private static long day(String date) {
        return LocalDate.parse(date).atStartOfDay(ZONE).toInstant().toEpochMilli();
    }
}
