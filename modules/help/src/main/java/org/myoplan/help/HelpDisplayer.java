package org.myoplan.help;

import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.Window;
import javax.swing.JDialog;
import org.openide.util.HelpCtx;
import org.openide.util.lookup.ServiceProvider;

/**
 * Shows the guide for HelpCtx.display(): the Help button of dialogs and Options panels. While a modal
 * dialog is up the main window does not respond, so the page opens in a window of that dialog's own.
 */
@ServiceProvider(service = HelpCtx.Displayer.class)
public final class HelpDisplayer implements HelpCtx.Displayer {

    @Override
    public boolean display(HelpCtx help) {
        String page = HelpTopics.forHelpId(help.getHelpID()).orElse(HelpTopics.GUIDE);
        EventQueue.invokeLater(() -> showPage(page));
        return true;
    }

    /** Shows a page: in the help window, or beside a modal dialog in use. Call on the event thread. */
    static void showPage(String page) {
        Window active = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        if (active instanceof Dialog dialog && dialog.isModal()) {
            JDialog window = new JDialog(dialog, Bundle.CTL_HelpTopComponent(), false);
            HelpBrowser browser = new HelpBrowser();
            browser.show(page);
            window.getContentPane().add(browser, BorderLayout.CENTER);
            Rectangle screen = dialog.getGraphicsConfiguration().getBounds();
            window.setSize(Math.min(560, screen.width), Math.min(Math.max(400, dialog.getHeight()), screen.height));
            // beside the dialog, within the screen
            int x = Math.max(screen.x, Math.min(dialog.getX() + dialog.getWidth(), screen.x
                    + screen.width - window.getWidth()));
            int y = Math.max(screen.y, Math.min(dialog.getY(), screen.y + screen.height - window.getHeight()));
            window.setLocation(x, y);
            window.setVisible(true);
        } else {
            HelpTopComponent.showPage(page);
        }
    }
}
