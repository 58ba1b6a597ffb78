package org.myoplan.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Dimension;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

/**
 * The targets table gets the width its columns want and the dose checks the rest, never less than
 * their least width; the divider follows from the split's width alone, so shrinking and growing the
 * window brings the same layout back, and a width the clinician drags the divider to is kept.
 */
class TargetsSplitTest {

    private static final int TABLE_WANTS = 700;

    @Test
    void theTableGetsItsWidthAndTheChecksTheRest() {
        TargetsSplit split = split();
        assertEquals(TABLE_WANTS, layOut(split, 1100));
        assertEquals(1100 - split.getDividerSize() - TABLE_WANTS, split.getRightComponent().getWidth());
    }

    @Test
    void whenNarrowTheChecksKeepTheirLeastWidthAndGrowingBackRestoresTheLayout() {
        TargetsSplit split = split();
        int wide = layOut(split, 979);
        assertEquals(900 - split.getDividerSize() - TargetsSplit.MIN_FINDINGS_WIDTH, layOut(split, 900));
        assertEquals(TargetsSplit.MIN_FINDINGS_WIDTH, split.getRightComponent().getWidth());
        assertEquals(200, layOut(split, 300), "the table keeps its own least width in a very narrow window");
        assertEquals(wide, layOut(split, 979));
    }

    @Test
    void aWidthTheClinicianDragsTheDividerToIsKept() {
        TargetsSplit split = split();
        layOut(split, 1100);
        split.setDividerLocation(520); // as the divider's drag does
        assertEquals(520, layOut(split, 1100));
        assertEquals(420, layOut(split, 640 + split.getDividerSize()),
                "squeezed, the dose checks still keep their width");
        assertEquals(520, layOut(split, 1300));
    }

    private static TargetsSplit split() {
        JPanel targets = new JPanel();
        targets.setMinimumSize(new Dimension(200, 0));
        return new TargetsSplit(targets, new JPanel(), 80, () -> TABLE_WANTS);
    }

    private static int layOut(TargetsSplit split, int width) {
        split.setSize(width, 300);
        split.doLayout();
        return split.getDividerLocation();
    }
}
