package org.myoplan.help;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.HelpCtx;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * F1: the guide's page for what is in use. The help a component declares comes first (a HelpCtx id,
 * e.g. a dialog's or an Options panel's); a window that declares none is known by its window ID.
 */
@ActionID(category = "Help", id = "org.myoplan.help.HelpForWindowAction")
@ActionRegistration(displayName = "#CTL_HelpForWindow")
@ActionReferences({
    @ActionReference(path = "Menu/Help", position = 110),
    @ActionReference(path = "Shortcuts", name = "F1")
})
@Messages("CTL_HelpForWindow=Help for This Window")
public final class HelpForWindowAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        Component focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        HelpDisplayer.showPage(pageFor(focused, TopComponent.getRegistry().getActivated()));
    }

    static String pageFor(Component focused, TopComponent activated) {
        if (focused != null) {
            String declared = HelpCtx.findHelp(focused).getHelpID();
            if (HelpTopics.forHelpId(declared).isPresent()) {
                return HelpTopics.forHelpId(declared).get();
            }
        }
        if (activated != null) {
            return HelpTopics.forWindow(WindowManager.getDefault().findTopComponentID(activated))
                    .orElse(HelpTopics.GUIDE);
        }
        return HelpTopics.GUIDE;
    }
}
