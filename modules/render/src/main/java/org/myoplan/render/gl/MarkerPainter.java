package org.myoplan.render.gl;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.myoplan.render.scene.Marker;
import org.myoplan.render.scene.Rgba;

/**
 * Draws the markers over a rendered picture with Java2D: a visible injection site as a filled disc with
 * a white rim and its number; a hidden one (behind the surface the camera sees) only as a faint dashed
 * ring, so it can never be mistaken for a point on the near surface. A suggested site is a hollow
 * diamond with its letter beside it (dashed when hidden), a suggested zone a chain of small translucent
 * dots, a landmark a small cross with its name (faint when hidden: landmarks lie on bone, under muscle,
 * and are shown for orientation; a landmark's name is left out where it would cover another's, the seen
 * ones named first, so that a whole body from afar is not a blur of words). The same drawing serves the 3D
 * View (over the GL panel) and the documents' pictures.
 */
public final class MarkerPainter {

    /** Opacity of a hidden marker's ring: enough to know something lies behind, not to aim at. */
    static final float HIDDEN_OPACITY = 0.45f;
    /** A landmark's cross (half its width) and its name's size, as fractions of a site's radius. */
    private static final float LANDMARK_ARM = 0.45f;
    private static final float LANDMARK_LABEL = 0.9f;

    private MarkerPainter() {
    }

    /**
     * @param radius the disc's radius, in the graphics' units
     * @param pixelScale drawable pixels per graphics unit (HiDPI), 1 for pictures
     */
    public static void paint(Graphics2D g, List<PlacedMarker> placed, float radius, double pixelScale) {
        if (placed.isEmpty()) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Set<PlacedMarker> named = namedLandmarks(g2, placed, radius, pixelScale);
            for (PlacedMarker m : placed) {
                if (!m.visible()) {
                    hidden(g2, m, radius, pixelScale, named.contains(m));
                }
            }
            for (PlacedMarker m : placed) {
                if (m.visible()) {
                    visible(g2, m, radius, pixelScale, named.contains(m));
                }
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * The landmarks whose names fit without covering a name already given or another marker: the seen ones
     * first, then the hidden ones, each in the list's order.
     */
    static Set<PlacedMarker> namedLandmarks(Graphics2D g, List<PlacedMarker> placed, float radius,
            double scale) {
        Set<PlacedMarker> named = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Rectangle2D> taken = new ArrayList<>();
        FontMetrics metrics = g.getFontMetrics(labelFont(radius * LANDMARK_LABEL));
        for (boolean seen : new boolean[] {true, false}) {
            for (PlacedMarker m : placed) {
                if (m.visible() != seen || m.marker().shape() != Marker.Shape.LANDMARK) {
                    continue;
                }
                double x = m.x() / scale, y = m.y() / scale;
                Rectangle2D box = landmarkLabelBox(metrics, x + radius * LANDMARK_ARM * 1.4, y, m.marker().label());
                boolean free = taken.stream().noneMatch(box::intersects) && placed.stream()
                        .noneMatch(other -> other != m && box.intersects(markerBox(other, radius, scale)));
                if (free) {
                    taken.add(box);
                    named.add(m);
                }
            }
        }
        return named;
    }

    /** Where a marker's own shape lies (not its name). */
    private static Rectangle2D markerBox(PlacedMarker m, float radius, double scale) {
        double r = m.marker().shape() == Marker.Shape.LANDMARK ? radius * LANDMARK_ARM : radius;
        return new Rectangle2D.Double(m.x() / scale - r, m.y() / scale - r, 2 * r, 2 * r);
    }

    /** A landmark's name with its pale backing, from its left end and vertical centre. */
    private static Rectangle2D landmarkLabelBox(FontMetrics metrics, double x, double y, String label) {
        double height = metrics.getAscent() + metrics.getDescent();
        return new Rectangle2D.Double(x - 2, y - height / 2 - 1, metrics.stringWidth(label) + 4, height + 2);
    }

    private static void hidden(Graphics2D g, PlacedMarker m, float radius, double scale, boolean named) {
        double x = m.x() / scale, y = m.y() / scale, r = radius * 0.8;
        Marker.Shape shape = m.marker().shape();
        if (shape == Marker.Shape.ZONE) {
            return; // a zone's hidden dots would only blur the picture: its visible part shows where it is
        }
        if (shape == Marker.Shape.LANDMARK) {
            landmark(g, x, y, radius, withAlpha(colour(m), HIDDEN_OPACITY), named ? m.marker().label() : "");
            return;
        }
        g.setColor(withAlpha(colour(m), HIDDEN_OPACITY));
        g.setStroke(new BasicStroke(Math.max(1f, radius / 7f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {radius / 3f, radius / 4f}, 0f));
        g.draw(shape == Marker.Shape.SUGGESTED ? diamond(x, y, r) : new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    private static void visible(Graphics2D g, PlacedMarker m, float radius, double scale, boolean named) {
        double x = m.x() / scale, y = m.y() / scale;
        switch (m.marker().shape()) {
            case SUGGESTED -> suggested(g, x, y, radius, colour(m), m.marker().label());
            case ZONE -> zoneDot(g, x, y, radius, colour(m));
            case LANDMARK -> landmark(g, x, y, radius, colour(m), named ? m.marker().label() : "");
            default -> site(g, x, y, radius, m);
        }
    }

    /** A suggested site: a hollow diamond, so it never reads as one of the plan's own numbered sites. */
    private static void suggested(Graphics2D g, double x, double y, float radius, Color colour, String label) {
        Shape diamond = diamond(x, y, radius);
        g.setStroke(new BasicStroke(Math.max(2.5f, radius / 3f)));
        g.setColor(Color.WHITE);
        g.draw(diamond);
        g.setStroke(new BasicStroke(Math.max(1.5f, radius / 5f)));
        g.setColor(colour);
        g.draw(diamond);
        besideLabel(g, x + radius * 1.2, y, radius, colour, label);
    }

    private static void zoneDot(Graphics2D g, double x, double y, float radius, Color colour) {
        double r = radius * 0.45;
        g.setColor(withAlpha(colour, 0.6f));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    private static void landmark(Graphics2D g, double x, double y, float radius, Color colour, String label) {
        double r = radius * LANDMARK_ARM;
        float width = Math.max(1.5f, radius / 6f);
        Shape cross = cross(x, y, r);
        g.setColor(withAlpha(Color.WHITE, 0.7f * colour.getAlpha() / 255f)); // a rim, to stand out on muscle
        g.setStroke(new BasicStroke(width + 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(cross);
        g.setColor(colour);
        g.setStroke(new BasicStroke(width));
        g.draw(cross);
        if (label.isEmpty()) {
            return;
        }
        // on a pale backing: a name over red muscle or a dark background must stay readable
        g.setFont(labelFont(radius * LANDMARK_LABEL));
        FontMetrics metrics = g.getFontMetrics();
        Rectangle2D box = landmarkLabelBox(metrics, x + r * 1.4, y, label);
        g.setColor(withAlpha(Color.WHITE, 0.8f * colour.getAlpha() / 255f));
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 4, 4));
        g.setColor(colour);
        g.drawString(label, (float) (x + r * 1.4), (float) (box.getY() + 1 + metrics.getAscent()));
    }

    private static void besideLabel(Graphics2D g, double x, double y, float radius, Color colour, String label) {
        if (label.isEmpty()) {
            return;
        }
        g.setFont(labelFont(radius));
        FontMetrics metrics = g.getFontMetrics();
        float baseline = (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0);
        g.setColor(withAlpha(Color.WHITE, Math.min(0.85f, colour.getAlpha() / 255f)));
        g.drawString(label, (float) x + 1, baseline + 1);
        g.setColor(colour);
        g.drawString(label, (float) x, baseline);
    }

    private static Font labelFont(float radius) {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, Math.round(radius * 1.1f)));
    }

    private static Shape cross(double x, double y, double r) {
        Path2D.Double cross = new Path2D.Double();
        cross.append(new Line2D.Double(x - r, y - r, x + r, y + r), false);
        cross.append(new Line2D.Double(x - r, y + r, x + r, y - r), false);
        return cross;
    }

    private static Shape diamond(double x, double y, double r) {
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(x, y - r);
        diamond.lineTo(x + r, y);
        diamond.lineTo(x, y + r);
        diamond.lineTo(x - r, y);
        diamond.closePath();
        return diamond;
    }

    private static void site(Graphics2D g, double x, double y, float radius, PlacedMarker m) {
        Color fill = colour(m);
        Ellipse2D disc = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        g.setColor(fill);
        g.fill(disc);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(Math.max(1.5f, radius / 6f)));
        g.draw(disc);
        String label = m.marker().label();
        if (!label.isEmpty()) {
            float size = radius * (label.length() == 1 ? 1.35f : label.length() == 2 ? 1.1f : 0.85f);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size)));
            FontMetrics metrics = g.getFontMetrics();
            g.setColor(luminance(fill) > 0.6 ? Color.BLACK : Color.WHITE);
            g.drawString(label, (float) (x - metrics.stringWidth(label) / 2.0),
                    (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        }
    }

    private static Color colour(PlacedMarker m) {
        Rgba c = m.marker().colour();
        return new Color(c.r(), c.g(), c.b());
    }

    private static Color withAlpha(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }
}
