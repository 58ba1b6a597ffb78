package org.myoplan.outcomes.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.myoplan.outcomes.AshworthScale;
import org.myoplan.outcomes.OutcomeTimeline;

/**
 * The outcomes chart: Modified Ashworth grade of each muscle and side above, pain below, on one time
 * axis with a vertical line at each session, so a change in tone can be read against the injection it
 * follows.
 */
final class OutcomeChart {

    static final String PAIN_SERIES = "Pain (0-10)";
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    /** Days shown before the first and after the last date, so that a point or session is not drawn on the border. */
    private static final int MARGIN_DAYS = 10;
    /**
     * Vertical distance between lines that share a grade, in grades: enough to see each line, far less
     * than the 0.5 between neighbouring grades, so a point is never read as another grade.
     */
    static final double DODGE_STEP = 0.06;
    static final double DODGE_MAX = 0.15;
    /** Colours told apart on screen and on paper; red is kept for pain. */
    private static final Color[] MUSCLE_COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22),
        new Color(0x7f7f7f), new Color(0x393b79)};
    private static final Color PAIN_COLOUR = new Color(0xc0392b);
    private static final Color SESSION_COLOUR = new Color(0x55, 0x55, 0x55);

    private final ZoneId zone;

    OutcomeChart(ZoneId zone) {
        this.zone = zone;
    }

    /** One series per muscle and side, keyed by its label; x is the day (epoch milliseconds), y the grade's height. */
    XYSeriesCollection gradeDataset(OutcomeTimeline timeline) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        timeline.grades().forEach((muscle, points) -> {
            // Two assessments on one day are both kept: duplicates allowed, sorted by day.
            XYSeries series = new XYSeries(timeline.label(muscle), true, true);
            points.forEach(p -> series.add(millis(p.date()), AshworthScale.valueOf(p.grade())));
            dataset.addSeries(series);
        });
        return dataset;
    }

    /**
     * The grades as drawn: each line moved up or down by a few hundredths of a grade, so that muscles with
     * the same grade on the same day show as separate lines instead of one hiding the others. The tooltip
     * and the table give the grade itself.
     */
    static XYSeriesCollection dodged(XYSeriesCollection grades) {
        XYSeriesCollection drawn = new XYSeriesCollection();
        int count = grades.getSeriesCount();
        for (int i = 0; i < count; i++) {
            double offset = Math.max(-DODGE_MAX, Math.min(DODGE_MAX, (i - (count - 1) / 2.0) * DODGE_STEP));
            XYSeries exact = grades.getSeries(i);
            XYSeries moved = new XYSeries(exact.getKey(), true, true);
            for (int item = 0; item < exact.getItemCount(); item++) {
                moved.add(exact.getX(item), exact.getY(item).doubleValue() + offset);
            }
            drawn.addSeries(moved);
        }
        return drawn;
    }

    XYSeriesCollection painDataset(OutcomeTimeline timeline) {
        XYSeries series = new XYSeries(PAIN_SERIES, true, true);
        timeline.pain().forEach(p -> series.add(millis(p.date()), p.pain()));
        return new XYSeriesCollection(series);
    }

    /** A vertical line at each session, dashed for one only planned. */
    List<ValueMarker> sessionMarkers(OutcomeTimeline timeline, boolean labelled) {
        List<ValueMarker> markers = new ArrayList<>();
        // A label near the right edge goes on the left of its line, where there is room for it.
        long labelLeftFrom = timeline.span().map(span -> millis(span.first())
                + (millis(span.last()) - millis(span.first())) * 2 / 3).orElse(Long.MAX_VALUE);
        for (OutcomeTimeline.SessionMark mark : timeline.sessions()) {
            ValueMarker marker = new ValueMarker(millis(mark.date()));
            marker.setPaint(SESSION_COLOUR);
            marker.setStroke(mark.planned()
                    ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f)
                    : new BasicStroke(1.5f));
            if (labelled) {
                marker.setLabel(mark.label());
                marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                marker.setLabelPaint(SESSION_COLOUR);
                boolean left = millis(mark.date()) > labelLeftFrom;
                marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            }
            markers.add(marker);
        }
        return markers;
    }

    JFreeChart create(OutcomeTimeline timeline, String title) {
        DateAxis time = new DateAxis("Date");
        time.setTimeZone(TimeZone.getTimeZone(zone));
        SimpleDateFormat dayFormat = new SimpleDateFormat("yyyy-MM-dd");
        dayFormat.setTimeZone(TimeZone.getTimeZone(zone));
        time.setDateFormatOverride(dayFormat);
        timeline.span().ifPresent(span -> time.setRange(
                new Date(millis(span.first()) - MARGIN_DAYS * DAY_MILLIS),
                new Date(millis(span.last()) + MARGIN_DAYS * DAY_MILLIS)));

        XYLineAndShapeRenderer gradeLines = renderer();
        for (int i = 0; i < timeline.grades().size(); i++) {
            gradeLines.setSeriesPaint(i, MUSCLE_COLOURS[i % MUSCLE_COLOURS.length]);
        }
        XYLineAndShapeRenderer painLine = renderer();
        painLine.setSeriesPaint(0, PAIN_COLOUR);
        XYPlot grades = new XYPlot(dodged(gradeDataset(timeline)), null, new GradeAxis(), gradeLines);
        XYPlot pain = new XYPlot(painDataset(timeline), null, painAxis(), painLine);
        sessionMarkers(timeline, true).forEach(m -> grades.addDomainMarker(m, Layer.BACKGROUND));
        sessionMarkers(timeline, false).forEach(m -> pain.addDomainMarker(m, Layer.BACKGROUND));

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(12);
        plot.add(grades, 3);
        plot.add(pain, 1);
        for (XYPlot part : List.of(grades, pain)) {
            part.setBackgroundPaint(Color.WHITE);
            part.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
            part.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (timeline.grades().size() > 1) {
            chart.addSubtitle(new TextTitle("Lines at the same grade are drawn slightly apart; point at a mark for "
                    + "its grade.", new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        }
        return chart;
    }

    private static NumberAxis painAxis() {
        NumberAxis axis = new NumberAxis("Pain");
        axis.setRange(-0.5, 10.5);
        axis.setTickUnit(new NumberTickUnit(2));
        return axis;
    }

    private XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDefaultStroke(new BasicStroke(2f));
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultToolTipGenerator(new Tips());
        return renderer;
    }

    long millis(LocalDate date) {
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** "Biceps brachii (left): 1+ on 2026-09-01": the grade as written on the scale, not its height. */
    private final class Tips implements XYToolTipGenerator {
        @Override
        public String generateToolTip(XYDataset dataset, int series, int item) {
            double y = dataset.getYValue(series, item);
            LocalDate day = Instant.ofEpochMilli((long) dataset.getXValue(series, item)).atZone(zone).toLocalDate();
            String value = PAIN_SERIES.equals(dataset.getSeriesKey(series)) ? String.valueOf((int) y)
                    : AshworthScale.nearestGrade(y).grade(); // undoes the lines' small vertical offset
            return dataset.getSeriesKey(series) + ": " + value + " on " + day;
        }
    }

    /** The Modified Ashworth axis: ticks and grid lines at the six grades only, labelled 0, 1, 1+, 2, 3, 4. */
    static final class GradeAxis extends NumberAxis {

        private static final long serialVersionUID = 1L;

        GradeAxis() {
            super("Modified Ashworth");
            setRange(AshworthScale.LOWEST, AshworthScale.HIGHEST);
            setAutoRange(false);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List<NumberTick> ticks = new ArrayList<>();
            boolean vertical = RectangleEdge.isLeftOrRight(edge);
            for (var grade : AshworthScale.grades()) {
                ticks.add(new NumberTick(AshworthScale.valueOf(grade), grade.grade(),
                        vertical ? TextAnchor.CENTER_RIGHT : TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }
    }
}
