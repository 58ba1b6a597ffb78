package org.myoplan.documents.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import org.myoplan.documents.ui.api.PlanDocuments;
import org.myoplan.dosing.reference.ReferenceData;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** File > Print Plan File: the treatment plan of a plan file through the system's print dialog. */
@ActionID(category = "File", id = "org.myoplan.documents.ui.PrintPlanAction")
@ActionRegistration(displayName = "#CTL_PrintPlan")
@ActionReference(path = "Menu/File", position = 1319)
@Messages({
    "CTL_PrintPlan=Print Plan File...",
    "TITLE_ChoosePlanToPrint=Plan to Print"
})
public final class PrintPlanAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        File plan = ExportPlanAction.planChooser(Bundle.TITLE_ChoosePlanToPrint()).showOpenDialog();
        if (plan != null) {
            PlanDocuments.print(() -> ExportPlanAction.read(plan), ReferenceData.builtIn(),
                    "Treatment plan " + plan.getName());
        }
    }
}
