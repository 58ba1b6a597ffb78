package org.myoplan.planning.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.Icon;
import org.myoplan.dosing.rules.Severity;

/**
 * The sign beside a dose check, so that open and acknowledged findings differ at a glance and not by
 * colour alone: a triangle with "!" for an open warning, a disc with "!" for an open block, a disc with
 * "i" for information, a tick for an acknowledged finding.
 */
final class FindingIcon implements Icon {

    private static final int SIZE = 16;
    private final Severity severity;
    private final boolean open;
    private final Color colour;

    FindingIcon(Severity severity, boolean open, Color colour) {
        this.severity = severity;
        this.open = open;
        this.colour = colour;
    }

    /** What the sign shows, for tests and screen readers: "open warning", "acknowledged", "information". */
    String meaning() {
        if (severity == Severity.INFO) {
            return "information";
        }
        return open ? "open " + severity.name().toLowerCase(Locale.ROOT) : "acknowledged";
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            g2.setColor(colour);
            if (severity != Severity.INFO && !open) {
                g2.fillOval(0, 0, SIZE, SIZE);
                g2.setColor(Color.WHITE);
                g2.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g2.drawPolyline(new int[] {4, 7, 12}, new int[] {8, 11, 5}, 3);
            } else if (severity == Severity.WARNING) {
                g2.fillPolygon(new Polygon(new int[] {SIZE / 2, SIZE, 0}, new int[] {0, SIZE - 1, SIZE - 1}, 3));
                letter(g2, "!", 4);
            } else {
                g2.fillOval(0, 0, SIZE, SIZE);
                letter(g2, severity == Severity.INFO ? "i" : "!", 2);
            }
        } finally {
            g2.dispose();
        }
    }

    private static void letter(Graphics2D g2, String letter, int down) {
        g2.setColor(Color.WHITE);
        g2.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        int width = g2.getFontMetrics().stringWidth(letter);
        g2.drawString(letter, (SIZE - width) / 2, SIZE - down - 1);
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
