package org.myoplan.documents.ui;

import org.myoplan.ui.support.OptionsFormController;
import org.netbeans.spi.options.OptionsPanelController;
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
public final class DocumentsOptionsController extends OptionsFormController<DocumentsOptionsPanel> {

    public DocumentsOptionsController() {
        super("myoplan.options.documents"); // a page of the guide (module help)
    }

    @Override
    protected DocumentsOptionsPanel createForm(Runnable edited) {
        return new DocumentsOptionsPanel(edited);
    }
}
