package org.myoplan.documents.ui;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.swing.JButton;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * After an export: says where the PDFs are and offers to open the plan or its folder with the
 * system's programs (java.awt.Desktop). Where this system cannot open files from Java, it says so
 * instead of offering buttons that would do nothing.
 */
@Messages({
    "TITLE_Exported=Documents Written",
    "LBL_OpenPlan=Open Plan PDF",
    "LBL_OpenFolder=Open Folder",
    "LBL_Close=Close",
    "MSG_CannotOpenHere=\n\nThis system does not let Myoplan open files: open them from the folder.",
    "# {0} - file", "# {1} - reason",
    "MSG_OpenFailed={0} could not be opened: {1}"
})
public final class ExportedDocuments {

    private static final RequestProcessor OPENER = new RequestProcessor("Open exported documents", 1);

    private ExportedDocuments() {
    }

    /**
     * Shows the message with Open Plan PDF, Open Folder and Close, or with Close alone and a sentence
     * saying why where this system cannot open files; on the event thread.
     */
    public static void offer(String message, File plan) {
        boolean canOpen = canOpen();
        List<JButton> buttons = canOpen ? buttons() : List.of(closeButton());
        NotifyDescriptor descriptor = new NotifyDescriptor(canOpen ? message : message + Bundle.MSG_CannotOpenHere(),
                Bundle.TITLE_Exported(), NotifyDescriptor.DEFAULT_OPTION, NotifyDescriptor.INFORMATION_MESSAGE,
                buttons.toArray(), buttons.get(0));
        Object chosen = DialogDisplayer.getDefault().notify(descriptor);
        if (canOpen && chosen == buttons.get(0)) {
            open(plan);
        } else if (canOpen && chosen == buttons.get(1)) {
            open(plan.getAbsoluteFile().getParentFile());
        }
    }

    /** Open Plan PDF, Open Folder, Close: named for the GUI tests. */
    static List<JButton> buttons() {
        JButton openPlan = new JButton(Bundle.LBL_OpenPlan());
        openPlan.setName("exported.openPlan");
        JButton openFolder = new JButton(Bundle.LBL_OpenFolder());
        openFolder.setName("exported.openFolder");
        return List.of(openPlan, openFolder, closeButton());
    }

    private static JButton closeButton() {
        JButton close = new JButton(Bundle.LBL_Close());
        close.setName("exported.close");
        return close;
    }

    static boolean canOpen() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /** Opens with the system's program, off the event thread (it can take a while); a failure is told. */
    private static void open(File file) {
        OPENER.post(() -> {
            try {
                Desktop.getDesktop().open(file);
            } catch (IOException | RuntimeException e) {
                tell(Bundle.MSG_OpenFailed(file, e.getMessage()), NotifyDescriptor.WARNING_MESSAGE);
            }
        });
    }

    /** Tells the user in a dialog that does not block the caller. */
    public static void tell(String message, int type) {
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(message, type));
    }
}
