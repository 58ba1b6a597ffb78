package org.myoplan.help;

import java.awt.BorderLayout;
import org.openide.util.HelpCtx;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** Myoplan Help: the guide, on the right of the main window so that what it explains stays in sight. */
@TopComponent.Description(preferredID = HelpTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "help", openAtStartup = false, position = 10)
@Messages({
    "CTL_HelpTopComponent=Myoplan Help",
    "HINT_HelpTopComponent=The Myoplan user guide"
})
public final class HelpTopComponent extends TopComponent {

    static final String ID = "HelpTopComponent";

    private final HelpBrowser browser = new HelpBrowser();

    public HelpTopComponent() {
        setName(Bundle.CTL_HelpTopComponent());
        setToolTipText(Bundle.HINT_HelpTopComponent());
        setLayout(new BorderLayout());
        add(browser, BorderLayout.CENTER);
    }

    /** Opens the help window (once) on a page of the guide. Call on the event thread. */
    static void showPage(String page) {
        TopComponent found = WindowManager.getDefault().findTopComponent(ID);
        HelpTopComponent help = found instanceof HelpTopComponent h ? h : new HelpTopComponent();
        help.browser.show(page);
        help.open();
        help.requestActive();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return new HelpCtx("myoplan.guide");
    }
}
