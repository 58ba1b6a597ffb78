package org.myoplan.render.gl;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.myoplan.render.scene.Rgba;

/**
 * Draws the markers over a rendered picture with Java2D: a visible marker as a filled disc with a
 * white rim and its number; a hidden one (behind the surface the camera sees) only as a faint dashed
 * ring, so it can never be mistaken for a point on the near surface. The same drawing serves the 3D
 * View (over the GL panel) and the documents' pictures.
 */
public final class MarkerPainter {

    /** Opacity of a hidden marker's ring: enough to know something lies behind, not to aim at. */
    static final float HIDDEN_OPACITY = 0.45f;

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
            for (PlacedMarker m : placed) {
                if (!m.visible()) {
                    hidden(g2, m, radius, pixelScale);
                }
            }
            for (PlacedMarker m : placed) {
                if (m.visible()) {
                    visible(g2, m, radius, pixelScale);
                }
            }
        } finally {
            g2.dispose();
        }
    }

    private static void hidden(Graphics2D g, PlacedMarker m, float radius, double scale) {
        double x = m.x() / scale, y = m.y() / scale, r = radius * 0.8;
        g.setColor(withAlpha(colour(m), HIDDEN_OPACITY));
        g.setStroke(new BasicStroke(Math.max(1f, radius / 7f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {radius / 3f, radius / 4f}, 0f));
        g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    private static void visible(Graphics2D g, PlacedMarker m, float radius, double scale) {
        double x = m.x() / scale, y = m.y() / scale;
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
