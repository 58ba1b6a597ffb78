package org.myoplan.application;

import static org.myoplan.application.GuiTests.waitUntil;

import java.io.File;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFileChooserOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTextAreaOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/** The Tools > Anatomy Atlas steps the atlas GUI tests take. */
final class AtlasImports {

    static final String MENU = "Tools|Anatomy Atlas|";

    private AtlasImports() {
    }

    /**
     * Chooses {@code item} of Tools > Anatomy Atlas, picks {@code source} in its chooser and waits (up to
     * {@code minutes}) for the dialog the import ends with; returns its text and closes it.
     */
    static String importThrough(JFrameOperator main, String item, File source, int minutes) throws Exception {
        new JMenuBarOperator(main).pushMenuNoBlock(MENU + item, "|");
        JFileChooser chooser = (JFileChooser) new JFileChooserOperator().getSource();
        SwingUtilities.invokeAndWait(() -> {
            chooser.setSelectedFile(source);
            chooser.approveSelection();
        });
        long before = JemmyProperties.getCurrentTimeout("DialogWaiter.WaitDialogTimeout");
        JemmyProperties.setCurrentTimeout("DialogWaiter.WaitDialogTimeout", minutes * 60_000L);
        JemmyProperties.setCurrentTimeout("ComponentOperator.WaitComponentTimeout", minutes * 60_000L);
        try {
            JDialogOperator told = new JDialogOperator(new GuiTests.TitleStartsWith("Anatomy Atlas"));
            String text = told.getTitle() + ": " + new JTextAreaOperator(told,
                    new NameComponentChooser("atlas.report")).getText();
            new JButtonOperator(told, "OK").push();
            told.waitClosed();
            return text;
        } finally {
            JemmyProperties.setCurrentTimeout("DialogWaiter.WaitDialogTimeout", before);
            JemmyProperties.setCurrentTimeout("ComponentOperator.WaitComponentTimeout", GuiTests.TIMEOUT_MS);
        }
    }

    /** The Muscles list's selected items as shown. */
    static List<String> selectedInList(JFrameOperator main) {
        JList<?> list = (JList<?>) new JListOperator(main, new NameComponentChooser("muscles.list")).getSource();
        return list.getSelectedValuesList().stream().map(String::valueOf).toList();
    }

    /** Waits until the Muscles list selects exactly this muscle. */
    static void waitForListSelection(JFrameOperator main, String muscle) throws InterruptedException {
        waitUntil("the Muscles list selects " + muscle, () -> selectedInList(main).equals(List.of(muscle)));
    }

    /** Waits until the Muscles list selects nothing (the 3D selection was cleared). */
    static void waitForNoListSelection(JFrameOperator main) throws InterruptedException {
        waitUntil("the Muscles list selects nothing", () -> selectedInList(main).isEmpty());
    }
}
