package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * The session editor under its toolbar: header, targets beside the dose checks, totals. It fills the
 * window while the window is tall enough to give the targets and checks a readable height; in a
 * smaller window it keeps that height and scrolls, so that nothing is squeezed out of reach.
 */
final class EditorBody extends JPanel implements Scrollable {

    /** The table's heading and three rows, or two findings: less and the clinician could not work. */
    static final int MIN_CENTRE_HEIGHT = 140;

    private final Component header;
    private final Component bottom;

    private EditorBody(Component header, Component centre, Component bottom) {
        super(new BorderLayout());
        this.header = header;
        this.bottom = bottom;
        add(header, BorderLayout.NORTH);
        add(centre, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
    }

    static JScrollPane scrolling(Component header, Component centre, Component bottom) {
        JScrollPane scroll = new JScrollPane(new EditorBody(header, centre, bottom),
                JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("session.body");
        scroll.setBorder(null);
        return scroll;
    }

    /** The least height at which every part of the editor is usable. */
    private int usableHeight() {
        return header.getPreferredSize().height + MIN_CENTRE_HEIGHT + bottom.getPreferredSize().height;
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(super.getPreferredSize().width, usableHeight());
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true; // the header wraps and the table scrolls sideways on its own
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() instanceof JViewport viewport && viewport.getHeight() >= usableHeight();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height - 16 : visible.width - 16;
    }
}
