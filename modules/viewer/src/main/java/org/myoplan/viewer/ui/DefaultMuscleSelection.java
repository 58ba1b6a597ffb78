package org.myoplan.viewer.ui;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.swing.event.ChangeListener;
import org.myoplan.viewer.api.MuscleSelection;
import org.openide.util.ChangeSupport;
import org.openide.util.lookup.ServiceProvider;

/** The application's one muscle selection. */
@ServiceProvider(service = MuscleSelection.class)
public final class DefaultMuscleSelection implements MuscleSelection {

    private final ChangeSupport changes = new ChangeSupport(this);
    private Set<String> keys = Set.of();

    @Override
    public Set<String> keys() {
        return keys;
    }

    @Override
    public void select(Collection<String> newKeys) {
        Set<String> copy = new LinkedHashSet<>(newKeys);
        if (!copy.equals(keys)) {
            keys = Set.copyOf(copy);
            changes.fireChange();
        }
    }

    @Override
    public void toggle(String key) {
        Set<String> copy = new LinkedHashSet<>(keys);
        if (!copy.remove(key)) {
            copy.add(key);
        }
        select(copy);
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
        changes.removeChangeListener(listener);
    }
}
