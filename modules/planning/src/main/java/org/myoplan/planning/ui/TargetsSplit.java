package org.myoplan.planning.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.util.function.IntSupplier;
import javax.swing.JSplitPane;

/**
 * The targets beside the dose checks. The table gets the width its columns want, the dose checks the
 * rest but never less than {@link #MIN_FINDINGS_WIDTH}; a width the clinician drags the divider to is
 * kept instead of the table's own. The divider follows from the split's width alone, so shrinking the
 * window and growing it again brings back the same layout (a resize weight would not: the minimum
 * sizes stop the shrink on one side but not the growth).
 */
final class TargetsSplit extends JSplitPane {

    /** Below this the dose checks' sentences wrap after every other word. */
    static final int MIN_FINDINGS_WIDTH = 220;

    private final IntSupplier tableWidth;
    /** The table's width the clinician chose with the divider, or -1 while the table's own counts. */
    private int chosen = -1;
    /** True while the split places its divider itself: only other moves are the clinician's. */
    private boolean placing;

    TargetsSplit(Component targets, Component findings, int minFindingsHeight, IntSupplier tableWidth) {
        super(HORIZONTAL_SPLIT, targets, findings);
        this.tableWidth = tableWidth;
        findings.setMinimumSize(new Dimension(MIN_FINDINGS_WIDTH, minFindingsHeight));
        setContinuousLayout(true);
        setBorder(null); // the editor's own edges frame it
        addPropertyChangeListener(DIVIDER_LOCATION_PROPERTY, e -> {
            if (!placing && getWidth() > 0) {
                chosen = getDividerLocation();
            }
        });
    }

    @Override
    public void doLayout() {
        placing = true;
        try {
            int location = dividerFor(getWidth());
            if (getWidth() > 0 && location != getDividerLocation()) {
                setDividerLocation(location);
            }
            super.doLayout();
        } finally {
            placing = false;
        }
    }

    /** The table as wide as wanted, as long as the dose checks keep their least width. */
    private int dividerFor(int width) {
        int wanted = chosen >= 0 ? chosen : tableWidth.getAsInt();
        int most = width - getDividerSize() - MIN_FINDINGS_WIDTH;
        return Math.max(getLeftComponent().getMinimumSize().width, Math.min(wanted, most));
    }
}
