package org.myoplan.planning.ui;

import java.util.Locale;
import java.util.Optional;
import org.myoplan.model.Guidance;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.TargetChanges;
import org.myoplan.planning.TargetMuscles;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;

/**
 * The target selected in a session editor, for the Properties window: the same changes as the table
 * makes, through the draft, so the checks and undo see them too. Read-only in a read-only editor.
 */
@Messages({
    "PROP_Target=Target", "PROP_Muscle=Muscle", "PROP_Side=Side", "PROP_Units=Units", "PROP_Sites=Sites",
    "PROP_Guidance=Guidance", "PROP_Points=Injection points", "PROP_Notes=Notes"
})
final class TargetNode extends AbstractNode {

    private final SessionDraft draft;
    private final TargetChanges changes;
    private final String muscleId;
    private final Side side;
    private final boolean editable;

    TargetNode(SessionDraft draft, TargetChanges changes, Target target, TargetMuscles muscles, boolean editable) {
        super(Children.LEAF, Lookups.singleton(target));
        this.draft = draft;
        this.changes = changes;
        this.muscleId = target.muscleId();
        this.side = target.side();
        this.editable = editable;
        setName(target.muscleId() + "." + target.side().name().toLowerCase(Locale.ROOT));
        setDisplayName(muscles.name(target.muscleId()) + " (" + target.side().displayName() + ")");
        setIconBaseWithExtension("org/myoplan/planning/ui/target.png");
    }

    /** The target as the draft has it now (the node outlives edits of its row). */
    private Target target() {
        return draft.targets().stream().filter(t -> t.muscleId().equals(muscleId) && t.side() == side).findFirst()
                .orElseThrow(() -> new IllegalStateException("The target was removed from the plan"));
    }

    /** The target's row in the plan now (rows above it may have gone since the node was made). */
    private int row() {
        return draft.targets().indexOf(target());
    }

    /** The property sheet shows a refused value's message. */
    private static void refuse(Optional<String> problem) {
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        set.setDisplayName(Bundle.PROP_Target());
        set.put(new PropertySupport.ReadOnly<>("muscle", String.class, Bundle.PROP_Muscle(), null) {
            @Override
            public String getValue() {
                return TargetNode.this.getDisplayName();
            }
        });
        set.put(new Property<>("units", String.class, Bundle.PROP_Units()) {
            @Override
            public String getValue() {
                return target().hasDose() ? target().units().stripTrailingZeros().toPlainString() : "";
            }

            @Override
            public void setValue(String text) {
                refuse(changes.setUnits(row(), text, Locale.getDefault()));
            }
        });
        set.put(new Property<>("sites", Integer.class, Bundle.PROP_Sites()) {
            @Override
            public Integer getValue() {
                return target().sites();
            }

            @Override
            public void setValue(Integer sites) {
                refuse(changes.setSites(row(), sites));
            }
        });
        set.put(new Property<>("guidance", Guidance.class, Bundle.PROP_Guidance()) {
            @Override
            public Guidance getValue() {
                return target().guidance();
            }

            @Override
            public void setValue(Guidance guidance) {
                changes.setGuidance(row(), guidance);
            }
        });
        set.put(new PropertySupport.ReadOnly<>("points", Integer.class, Bundle.PROP_Points(), null) {
            @Override
            public Integer getValue() {
                return target().injectionPoints().size();
            }
        });
        set.put(new Property<>("notes", String.class, Bundle.PROP_Notes()) {
            @Override
            public String getValue() {
                return target().notes();
            }

            @Override
            public void setValue(String notes) {
                changes.setNotes(row(), notes);
            }
        });
        sheet.put(set);
        return sheet;
    }

    /** A property the clinician may change unless the editor is read-only. */
    private abstract class Property<T> extends PropertySupport.ReadWrite<T> {
        Property(String name, Class<T> type, String displayName) {
            super(name, type, displayName, null);
        }

        @Override
        public boolean canWrite() {
            return editable;
        }
    }
}
