package org.myoplan.planning.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.table.AbstractTableModel;
import org.myoplan.model.Guidance;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.planning.DoseBand;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.TargetChanges;
import org.myoplan.planning.TargetMuscles;
import org.openide.util.NbBundle.Messages;

/**
 * The plan's targets as table rows, edited in place: units (typed in the clinician's locale), sites,
 * side, guidance and the notes for the therapist (what the Therapist View shows). Each value goes to
 * the plan's target changes; one that does not read is refused with a message and the row keeps its
 * old value.
 */
@Messages({
    "COL_Muscle=Muscle", "COL_Side=Side", "COL_Units=Units", "COL_Sites=Sites", "COL_MlPerSite=mL per site",
    "COL_Guidance=Guidance", "COL_Points=Points", "COL_Check=Dose check", "COL_Notes=Notes for the therapist",
    "BAND_BELOW_RANGE=below range", "BAND_WITHIN_RANGE=within range", "BAND_ABOVE_RANGE=above range",
    "BAND_NO_REFERENCE=no reference", "BAND_INVALID=check the dose", "BAND_DOSE_NEEDED=dose needed"
})
final class TargetTableModel extends AbstractTableModel {

    static final int MUSCLE = 0, SIDE = 1, UNITS = 2, SITES = 3, ML_PER_SITE = 4, GUIDANCE = 5, POINTS = 6, CHECK = 7,
            NOTES = 8;

    private final SessionDraft draft;
    private final TargetChanges changes;
    private final TargetMuscles muscles;
    private final boolean editable;
    private final Consumer<String> problems;

    TargetTableModel(SessionDraft draft, TargetChanges changes, TargetMuscles muscles, boolean editable,
            Consumer<String> problems) {
        this.draft = draft;
        this.changes = changes;
        this.muscles = muscles;
        this.editable = editable;
        this.problems = problems;
    }

    @Override
    public int getRowCount() {
        return draft.targets().size();
    }

    @Override
    public int getColumnCount() {
        return 9;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case MUSCLE -> Bundle.COL_Muscle();
            case SIDE -> Bundle.COL_Side();
            case UNITS -> Bundle.COL_Units();
            case SITES -> Bundle.COL_Sites();
            case ML_PER_SITE -> Bundle.COL_MlPerSite();
            case GUIDANCE -> Bundle.COL_Guidance();
            case POINTS -> Bundle.COL_Points();
            case NOTES -> Bundle.COL_Notes();
            default -> Bundle.COL_Check();
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case SIDE -> Side.class;
            case GUIDANCE -> Guidance.class;
            case SITES, POINTS -> Integer.class;
            case CHECK -> DoseBand.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return editable
                && (column == SIDE || column == UNITS || column == SITES || column == GUIDANCE || column == NOTES);
    }

    @Override
    public Object getValueAt(int row, int column) {
        Target target = draft.targets().get(row);
        return switch (column) {
            case MUSCLE -> muscles.name(target.muscleId());
            case SIDE -> target.side();
            case UNITS -> target.hasDose() ? target.units().stripTrailingZeros().toPlainString() : ""; // dose needed
            case SITES -> target.sites();
            case ML_PER_SITE -> draft.facts().dilution()
                    .filter(d -> target.hasDose() && target.units().signum() > 0 && target.sites() > 0)
                    .map(d -> d.mlPerSite(target.units(), target.sites()).stripTrailingZeros().toPlainString())
                    .orElse("");
            case GUIDANCE -> target.guidance();
            case POINTS -> target.injectionPoints().size();
            case NOTES -> target.notes();
            default -> DoseBand.of(target, draft.facts());
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        switch (column) {
            case UNITS -> changes.setUnits(row, String.valueOf(value), Locale.getDefault())
                    .ifPresent(problem -> problems.accept(draft.targets().get(row).label() + ": " + problem));
            case SITES -> changes.setSites(row, value instanceof Integer sites ? sites : null).ifPresent(problems);
            case SIDE -> changes.setSide(row, (Side) value);
            case GUIDANCE -> changes.setGuidance(row, (Guidance) value);
            case NOTES -> changes.setNotes(row, value == null ? null : String.valueOf(value));
            default -> { } // the other columns are shown, not edited
        }
    }

    static String bandText(DoseBand band) {
        return switch (band) {
            case BELOW_RANGE -> Bundle.BAND_BELOW_RANGE();
            case WITHIN_RANGE -> Bundle.BAND_WITHIN_RANGE();
            case ABOVE_RANGE -> Bundle.BAND_ABOVE_RANGE();
            case NO_REFERENCE -> Bundle.BAND_NO_REFERENCE();
            case INVALID -> Bundle.BAND_INVALID();
            case DOSE_NEEDED -> Bundle.BAND_DOSE_NEEDED();
        };
    }
}
