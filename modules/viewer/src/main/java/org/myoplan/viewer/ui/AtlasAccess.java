package org.myoplan.viewer.ui;

import java.util.Collection;
import java.util.Optional;
import org.myoplan.atlas.Atlas;
import org.openide.nodes.Node;

/** The atlas the application shows, loaded once and shared by its windows. */
final class AtlasAccess {

    private static Atlas atlas;

    private AtlasAccess() {
    }

    static synchronized Atlas atlas() {
        if (atlas == null) {
            atlas = Atlas.loadDefault();
        }
        return atlas;
    }

    static Node[] nodesOf(Collection<String> keys) {
        return keys.stream().map(key -> atlas().muscle(key)).flatMap(Optional::stream)
                .map(MuscleNode::new).toArray(Node[]::new);
    }
}
