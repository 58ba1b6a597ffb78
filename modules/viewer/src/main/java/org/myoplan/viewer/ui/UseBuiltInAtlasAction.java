package org.myoplan.viewer.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * Tools > Anatomy Atlas > Use Built-in Atlas: back to Myoplan's own schematic atlas, now and at the next
 * starts. An imported atlas stays kept in the user directory; importing again uses it.
 */
@ActionID(category = "Tools", id = "org.myoplan.viewer.ui.UseBuiltInAtlasAction")
@ActionRegistration(displayName = "#CTL_UseBuiltInAtlas")
@ActionReference(path = "Menu/Tools/AnatomyAtlas", position = 300, separatorBefore = 250)
@Messages({
    "CTL_UseBuiltInAtlas=Use Built-in Atlas",
    "MSG_BuiltInAtlasShown=The built-in atlas is shown"
})
public final class UseBuiltInAtlasAction implements ActionListener {

    /** Generating the built-in atlas takes a few hundred milliseconds: not on the event thread. */
    private static final RequestProcessor SWITCHER = new RequestProcessor("Use the built-in atlas", 1);

    @Override
    public void actionPerformed(ActionEvent e) {
        SWITCHER.post(() -> {
            DefaultAtlasService.get().useBuiltIn();
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_BuiltInAtlasShown());
        });
    }
}
