package org.myoplan.planning.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.SwingUtilities;

/**
 * A FlowLayout that asks for the height of the lines it really lays out at its container's width, so
 * that on a narrow window the fields wrap onto a further line instead of running off the edge.
 * (FlowLayout alone asks for one line however narrow the window.)
 */
final class WrapLayout extends FlowLayout {

    /** The height the lines took at the last layout (one container per layout). */
    private int laidOutHeight = -1;

    WrapLayout(int hgap, int vgap) {
        super(FlowLayout.LEFT, hgap, vgap);
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    /**
     * Lays out at the new width; when that changes the number of lines, asks the parents once more, as
     * the height they gave was measured at the old width.
     */
    @Override
    public void layoutContainer(Container target) {
        super.layoutContainer(target);
        int height = size(target, true).height;
        if (height != laidOutHeight) {
            laidOutHeight = height;
            SwingUtilities.invokeLater(target::revalidate);
        }
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        Dimension minimum = size(target, false);
        minimum.width = Math.min(minimum.width, widest(target) + target.getInsets().left + target.getInsets().right
                + 2 * getHgap());
        return minimum;
    }

    private static int widest(Container target) {
        int widest = 0;
        for (Component c : target.getComponents()) {
            widest = c.isVisible() ? Math.max(widest, c.getPreferredSize().width) : widest;
        }
        return widest;
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            int available = availableWidth(target);
            Insets insets = target.getInsets();
            int room = available - insets.left - insets.right - 2 * getHgap();
            int width = 0, height = 0, lineWidth = 0, lineHeight = 0;
            for (Component c : target.getComponents()) {
                if (!c.isVisible()) {
                    continue;
                }
                Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
                if (lineWidth > 0 && lineWidth + getHgap() + d.width > room) {
                    width = Math.max(width, lineWidth);
                    height += lineHeight + getVgap();
                    lineWidth = 0;
                    lineHeight = 0;
                }
                lineWidth += (lineWidth > 0 ? getHgap() : 0) + d.width;
                lineHeight = Math.max(lineHeight, d.height);
            }
            width = Math.max(width, lineWidth);
            height += lineHeight;
            return new Dimension(width + insets.left + insets.right + 2 * getHgap(),
                    height + insets.top + insets.bottom + 2 * getVgap());
        }
    }

    /**
     * The width the container will get: its own once laid out, else its parent's (before the first layout), else no
     * limit.
     */
    private static int availableWidth(Container target) {
        if (target.getWidth() > 0) {
            return target.getWidth();
        }
        Container parent = target.getParent();
        return parent != null && parent.getWidth() > 0 ? parent.getWidth() : Integer.MAX_VALUE;
    }
}
