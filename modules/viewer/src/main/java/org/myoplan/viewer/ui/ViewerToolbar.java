package org.myoplan.viewer.ui;

import javax.swing.JButton;
import javax.swing.JToolBar;
import org.myoplan.viewer.gl.StandardView;
import org.openide.util.NbBundle.Messages;

/** The 3D View's own toolbar: the standard views, reset and fit, as in the View menu. */
@Messages({
    "# {0} - view name",
    "HINT_StandardView={0} view",
    "LBL_Reset=Reset",
    "HINT_Reset=Front view, whole body (Ctrl+0 or Home)",
    "LBL_Fit=Fit",
    "HINT_Fit=Frame the selected muscles (Ctrl+Shift+F)"
})
final class ViewerToolbar extends JToolBar {

    ViewerToolbar(ViewerController viewer) {
        setFloatable(false);
        setRollover(true);
        setName("viewer.toolbar");
        int shortcut = 1;
        for (StandardView view : StandardView.values()) {
            JButton button = button(view.displayName(), Bundle.HINT_StandardView(view.displayName()) + " (Ctrl+" + shortcut++ + ")");
            button.addActionListener(e -> viewer.showView(view));
        }
        addSeparator();
        button(Bundle.LBL_Reset(), Bundle.HINT_Reset()).addActionListener(e -> viewer.resetView());
        button(Bundle.LBL_Fit(), Bundle.HINT_Fit()).addActionListener(e -> viewer.fitToSelection());
    }

    private JButton button(String text, String tooltip) {
        JButton button = new JButton(text);
        button.setToolTipText(tooltip);
        button.setName("viewer.toolbar." + text);
        button.setFocusable(false);
        add(button);
        return button;
    }
}
