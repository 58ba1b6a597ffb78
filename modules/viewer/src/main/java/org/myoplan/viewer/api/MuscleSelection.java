package org.myoplan.viewer.api;

import java.util.Collection;
import java.util.Set;
import javax.swing.event.ChangeListener;
import org.openide.util.Lookup;

/**
 * The muscles selected now, by key ("biceps_brachii.left"), shared by the 3D View, the Muscles
 * window and any module that follows or sets the selection. Found in the default Lookup. Use on the
 * event thread.
 */
public interface MuscleSelection {

    static MuscleSelection getDefault() {
        return Lookup.getDefault().lookup(MuscleSelection.class);
    }

    Set<String> keys();

    /** Replaces the selection; listeners hear of it only when it changes. */
    void select(Collection<String> keys);

    /** Adds a muscle, or removes it when it is already selected (Ctrl+click). */
    void toggle(String key);

    void addChangeListener(ChangeListener listener);

    void removeChangeListener(ChangeListener listener);
}
