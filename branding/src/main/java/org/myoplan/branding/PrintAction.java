package org.myoplan.branding;

import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * File > Print (Ctrl+P): a callback action (the annotated field holds its key), enabled while the active window offers
 * an action under the ActionMap key {@value #KEY} and performing it. A window that can print puts its print action
 * there, as the session editor does for its treatment plan:
 * {@code getActionMap().put("print", printAction)}. (The platform's own PrintAction asks for a
 * PrintCookie on the selected nodes, which Myoplan's windows do not have.)
 */
public final class PrintAction {

    @ActionID(category = "File", id = "org.myoplan.branding.PrintAction")
    @ActionRegistration(displayName = "#CTL_Print")
    @ActionReferences({
        @ActionReference(path = "Menu/File", position = 1350, separatorBefore = 1325),
        @ActionReference(path = "Shortcuts", name = "D-P")
    })
    @Messages("CTL_Print=Print...")
    public static final String KEY = "print";

    private PrintAction() {
    }
}
