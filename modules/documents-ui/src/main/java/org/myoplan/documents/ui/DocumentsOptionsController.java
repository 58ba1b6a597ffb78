package org.myoplan.documents.ui;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/** Tools > Options > Documents: the clinician and the clinic's header, the paper, and the consent wording. */
@OptionsPanelController.TopLevelRegistration(
        categoryName = "#OptionsCategory_Documents",
        iconBase = "org/myoplan/documents/ui/documents32.png",
        keywords = "#OptionsKeywords_Documents",
        keywordsCategory = "Documents",
        position = 910)
@Messages({
    "OptionsCategory_Documents=Documents",
    "OptionsKeywords_Documents=clinician clinic header logo address paper A4 letter consent template pdf print"
})
public final class DocumentsOptionsController extends OptionsPanelController {

    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);
    private DocumentsOptionsPanel panel;

    @Override
    public void update() {
        panel().load();
    }

    @Override
    public void applyChanges() {
        panel().store();
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
        return true;
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return new HelpCtx("myoplan.options.documents"); // a page of the guide (module help)
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
        changes.addPropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
        changes.removePropertyChangeListener(l);
    }

    private DocumentsOptionsPanel panel() {
        if (panel == null) {
            panel = new DocumentsOptionsPanel(() -> changes.firePropertyChange(OptionsPanelController.PROP_VALID, null, null));
        }
        return panel;
    }
}
