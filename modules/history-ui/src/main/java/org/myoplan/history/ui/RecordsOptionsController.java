package org.myoplan.history.ui;

import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.ui.support.OptionsFormController;
import org.netbeans.spi.options.OptionsPanelController;
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
public final class RecordsOptionsController extends OptionsFormController<RecordsOptionsPanel> {

    public RecordsOptionsController() {
        super("myoplan.options.records"); // a page of the guide (module help)
    }

    @Override
    protected RecordsOptionsPanel createForm(Runnable edited) {
        return new RecordsOptionsPanel(edited);
    }

    @Override
    protected void stored() {
        PatientRecords.close(); // the next use opens the records with the new settings
    }
}
