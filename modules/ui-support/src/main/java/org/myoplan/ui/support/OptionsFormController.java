package org.myoplan.ui.support;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;

/**
 * The controller of a Tools > Options category whose form loads, checks and stores its own settings.
 * Each edit tells the Options window again whether the form is valid and changed, so OK and Apply are
 * enabled only when there is something to store. A module registers a subclass with
 * {@code @OptionsPanelController.TopLevelRegistration}.
 */
public abstract class OptionsFormController<F extends JComponent & OptionsForm> extends OptionsPanelController {

    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
    private final String helpId;
    private F form;

    /** {@code helpId}: the page of the guide about this category. */
    protected OptionsFormController(String helpId) {
        this.helpId = helpId;
    }

    /** A new form that runs {@code edited} after each edit of a field. */
    protected abstract F createForm(Runnable edited);

    /** After Apply or OK stored changed settings; nothing by default. */
    protected void stored() {
    }

    @Override
    public final void update() {
        form().load();
    }

    @Override
    public final void applyChanges() {
        if (form().store()) {
            stored();
        }
    }

    @Override
    public final void cancel() {
        // nothing is stored before applyChanges
    }

    @Override
    public final boolean isValid() {
        return form().problem().isEmpty();
    }

    @Override
    public final boolean isChanged() {
        return form().changed();
    }

    @Override
    public final JComponent getComponent(Lookup masterLookup) {
        return form();
    }

    @Override
    public final HelpCtx getHelpCtx() {
        return new HelpCtx(helpId);
    }

    @Override
    public final void addPropertyChangeListener(PropertyChangeListener l) {
        changes.addPropertyChangeListener(l);
    }

    @Override
    public final void removePropertyChangeListener(PropertyChangeListener l) {
        changes.removePropertyChangeListener(l);
    }

    /** The form, made on first use. */
    protected final F form() {
        if (form == null) {
            form = createForm(() -> {
                changes.firePropertyChange(OptionsPanelController.PROP_VALID, null, null);
                changes.firePropertyChange(OptionsPanelController.PROP_CHANGED, null, null);
            });
        }
        return form;
    }
}
