package org.myoplan.help;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Help > Myoplan Help: the guide's contents. */
@ActionID(category = "Help", id = "org.myoplan.help.ShowGuideAction")
@ActionRegistration(displayName = "#CTL_ShowGuide")
@ActionReference(path = "Menu/Help", position = 100)
@Messages("CTL_ShowGuide=Myoplan Help")
public final class ShowGuideAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        HelpTopComponent.showPage(HelpTopics.GUIDE);
    }
}
