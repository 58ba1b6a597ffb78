package org.myoplan.planning.ui;

import java.util.List;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import org.myoplan.atlas.sites.SitePlacement;
import org.myoplan.atlas.sites.SuggestedSite;
import org.openide.util.NbBundle.Messages;

/**
 * The suggested sites of the shown target, a row each, lettered as on the 3D View: what the site is,
 * how far the source can be trusted, and whether this atlas shows it (a point or a zone; "block" for a
 * nerve-block target) or only describes it ("text only").
 */
@Messages({
    "COL_GuideLetter=", "COL_GuideSite=Site", "COL_GuideStatus=Status", "COL_GuideShown=Shown",
    "VAL_GuidePlaced=point", "VAL_GuideZone=zone", "VAL_GuideTextOnly=text only",
    "VAL_GuideNerveBlock=block", "VAL_GuideUnconfirmed=unconfirmed"
})
final class GuidanceSites extends AbstractTableModel {

    private static final long serialVersionUID = 1L;
    static final int LETTER = 0;
    static final int SITE = 1;
    static final int STATUS = 2;
    static final int SHOWN = 3;
    private static final String[] COLUMNS = {Bundle.COL_GuideLetter(), Bundle.COL_GuideSite(), Bundle.COL_GuideStatus(),
        Bundle.COL_GuideShown()};

    private transient List<SitePlacement> placements = List.of();

    void show(List<SitePlacement> newPlacements) {
        placements = List.copyOf(newPlacements);
        fireTableDataChanged();
    }

    List<SitePlacement> placements() {
        return placements;
    }

    /** "A", "B", ... "Z", then "AA": the label of a suggested site on the model and in the list. */
    static String letter(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : letter(index / 26 - 1) + letter;
    }

    @Override
    public int getRowCount() {
        return placements.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        SitePlacement placement = placements.get(row);
        SuggestedSite site = placement.site();
        return switch (column) {
            case LETTER -> letter(row);
            case SITE -> site.site();
            case STATUS -> site.status() == SuggestedSite.Status.UNCONFIRMED ? Bundle.VAL_GuideUnconfirmed()
                    : site.status().fileValue();
            default -> shown(placement);
        };
    }

    private static String shown(SitePlacement placement) {
        if (!placement.placed()) {
            return Bundle.VAL_GuideTextOnly();
        }
        String shown = placement.isZone() ? Bundle.VAL_GuideZone() : Bundle.VAL_GuidePlaced();
        return placement.site().nerveBlockTarget() ? shown + ", " + Bundle.VAL_GuideNerveBlock() : shown;
    }

    /** The letter and the two short columns as narrow as they read; the site's name takes the rest. */
    static void fitColumns(JTable table) {
        int[] widths = {22, 0, 70, 64};
        for (int column : new int[] {LETTER, STATUS, SHOWN}) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
            table.getColumnModel().getColumn(column).setMaxWidth(widths[column] * 2);
        }
        table.getColumnModel().getColumn(SITE).setPreferredWidth(160);
    }
}
