package org.myoplan.history.ui;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import org.myoplan.history.ui.api.PatientRecords;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/** Tools > Options > Patient Records: where the records are kept, and how many backups. */
@OptionsPanelController.TopLevelRegistration(
        categoryName = "#OptionsCategory_Records",
        iconBase = "org/myoplan/history/ui/records32.png",
        keywords = "#OptionsKeywords_Records",
        keywordsCategory = "PatientRecords",
        position = 900)
@Messages({
    "OptionsCategory_Records=Patient Records",
    "OptionsKeywords_Records=database jdbc h2 server backup records history"
})
public final class RecordsOptionsController extends OptionsPanelController {

    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
    private RecordsOptionsPanel panel;

    @Override
    public void update() {
        panel().load();
    }

    @Override
    public void applyChanges() {
        if (panel().store()) {
            PatientRecords.close(); // the next use opens the records with the new settings
        }
    }

    @Override
    public void cancel() {
        // nothing stored until applyChanges
    }

    @Override
    public boolean isValid() {
        return panel().problem().isEmpty();
    }

    @Override
    public boolean isChanged() {
        return panel().changed();
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return new HelpCtx("myoplan.options.records"); // a page of the guide (module help)
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
        changes.addPropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
        changes.removePropertyChangeListener(l);
    }

    private RecordsOptionsPanel panel() {
        if (panel == null) {
            panel = new RecordsOptionsPanel(() -> {
                changes.firePropertyChange(OptionsPanelController.PROP_VALID, null, null);
                changes.firePropertyChange(OptionsPanelController.PROP_CHANGED, null, null);
            });
        }
        return panel;
    }
}
