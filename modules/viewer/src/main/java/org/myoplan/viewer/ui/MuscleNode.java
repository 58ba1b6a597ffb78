package org.myoplan.viewer.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;

/** A muscle as a Node: its label, and its facts on the property sheet (read-only). */
@Messages({
    "PROP_Muscle=Muscle",
    "PROP_Name=Name", "PROP_Side=Side", "PROP_Region=Region", "PROP_Limb=Limb", "PROP_Layer=Layer",
    "PROP_Origin=Origin", "PROP_Insertion=Insertion", "PROP_Synonyms=Synonyms", "PROP_Abbreviations=Abbreviations",
    "PROP_Id=Id", "PROP_Source=Source"
})
final class MuscleNode extends AbstractNode {

    private final Muscle muscle;

    MuscleNode(Muscle muscle) {
        super(Children.LEAF, Lookups.singleton(muscle));
        this.muscle = muscle;
        setName(muscle.key());
        setDisplayName(muscle.label());
        setShortDescription(muscle.displayName() + ", " + muscle.side().displayName() + " " + muscle.region()
                + " (" + muscle.layer().name().toLowerCase(Locale.ROOT) + ")");
        setIconBaseWithExtension("org/myoplan/viewer/ui/muscle.png");
    }

    /** The nodes of these muscles of the atlas, for a window's activated nodes (the Properties window). */
    static Node[] nodesOf(Atlas atlas, Collection<String> keys) {
        return keys.stream().map(atlas::muscle).flatMap(Optional::stream).map(MuscleNode::new).toArray(Node[]::new);
    }

    Muscle muscle() {
        return muscle;
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        set.setDisplayName(Bundle.PROP_Muscle());
        set.put(text("name", Bundle.PROP_Name(), muscle.displayName()));
        set.put(text("side", Bundle.PROP_Side(), muscle.side().displayName()));
        set.put(text("region", Bundle.PROP_Region(), muscle.region()));
        // the archive's other muscles (context) of the trunk, head and neck belong to no limb
        String limb = muscle.limb() == null ? "" : muscle.limb().name().toLowerCase(Locale.ROOT);
        set.put(text("limb", Bundle.PROP_Limb(), limb));
        set.put(text("layer", Bundle.PROP_Layer(), muscle.layer().name().toLowerCase(Locale.ROOT)));
        set.put(text("origin", Bundle.PROP_Origin(), muscle.originBone()));
        set.put(text("insertion", Bundle.PROP_Insertion(), muscle.insertionBone()));
        set.put(text("synonyms", Bundle.PROP_Synonyms(), String.join(", ", muscle.synonyms())));
        set.put(text("abbreviations", Bundle.PROP_Abbreviations(), String.join(", ", muscle.abbreviations())));
        set.put(text("id", Bundle.PROP_Id(), muscle.id()));
        set.put(text("source", Bundle.PROP_Source(), muscle.source()));
        sheet.put(set);
        return sheet;
    }

    private static PropertySupport.ReadOnly<String> text(String name, String displayName, String value) {
        return new PropertySupport.ReadOnly<>(name, String.class, displayName, null) {
            @Override
            public String getValue() {
                return value;
            }
        };
    }
}
