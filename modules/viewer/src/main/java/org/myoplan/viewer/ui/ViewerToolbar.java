package org.myoplan.viewer.ui;

import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JToolBar;
import org.myoplan.render.gl.StandardView;
import org.myoplan.render.scene.Layer;
import org.openide.awt.DropDownButtonFactory;
import org.openide.util.ImageUtilities;
import org.openide.util.NbBundle.Messages;

/** The 3D View's own toolbar: the standard views, reset and fit, as in the View menu. */
@Messages({
    "# {0} - view name",
    "HINT_StandardView={0} view, fitting the selected muscles, or the whole body when nothing is selected",
    "LBL_Reset=Reset",
    "HINT_Reset=Front view, fitting the whole body whatever is selected (Ctrl+0 or Home)",
    "LBL_Fit=Fit",
    "HINT_Fit=Fit the selected muscles, or the whole body when nothing is selected, without turning (Ctrl+Shift+F)",
    "LBL_Isolate=Isolate",
    "HINT_Isolate=Show only the selected muscles and the bones; again to show everything",
    "LBL_Hide=Hide",
    "HINT_Hide=Hide the selected muscles to see what lies beneath",
    "LBL_ShowAll=Show all",
    "HINT_ShowAll=Show every hidden muscle again",
    "LBL_Layers=Layers",
    "HINT_Layers=Show, hide or see through bones, muscle layers and skin; show the landmarks",
    "# {0} - layer",
    "LBL_ShowLayer=Show {0}",
    "# {0} - layer",
    "LBL_TranslucentLayer={0} translucent",
    "LBL_ShowLandmarks=Show Landmarks",
    "HINT_ShowLandmarks=The atlas's palpable bony landmarks and skin landmarks, as small labelled crosses"
})
final class ViewerToolbar extends JToolBar {

    ViewerToolbar(ViewerController viewer) {
        setFloatable(false);
        setRollover(true);
        setName("viewer.toolbar");
        int shortcut = 1;
        for (StandardView view : StandardView.values()) {
            JButton button = button(view.displayName(), Bundle.HINT_StandardView(view.displayName()) + " (Ctrl+"
                    + shortcut++ + ")");
            button.addActionListener(e -> viewer.showView(view));
        }
        addSeparator();
        button(Bundle.LBL_Reset(), Bundle.HINT_Reset()).addActionListener(e -> viewer.resetView());
        button(Bundle.LBL_Fit(), Bundle.HINT_Fit()).addActionListener(e -> viewer.fitToSelection());
        addSeparator();
        button(Bundle.LBL_Isolate(), Bundle.HINT_Isolate()).addActionListener(e -> viewer.toggleIsolateSelection());
        button(Bundle.LBL_Hide(), Bundle.HINT_Hide()).addActionListener(e -> viewer.hideSelection());
        button(Bundle.LBL_ShowAll(), Bundle.HINT_ShowAll()).addActionListener(e -> viewer.showAllMuscles());
        addSeparator();
        add(layersButton(viewer));
    }

    /** A drop-down of the layers, each with Show and Translucent. */
    private JButton layersButton(ViewerController viewer) {
        JPopupMenu menu = new JPopupMenu();
        for (Layer layer : Layer.values()) {
            boolean shownAtStart = layer != Layer.SKIN; // the skin hides the muscles: shown on request
            JCheckBoxMenuItem shown = new JCheckBoxMenuItem(Bundle.LBL_ShowLayer(layer.displayName()), shownAtStart);
            shown.setName("viewer.layer." + layer.name() + ".shown");
            shown.addActionListener(e -> viewer.setLayerShown(layer, shown.isSelected()));
            JCheckBoxMenuItem translucent = new JCheckBoxMenuItem(Bundle.LBL_TranslucentLayer(layer.displayName()),
                    layer == Layer.SKIN);
            translucent.setName("viewer.layer." + layer.name() + ".translucent");
            translucent.addActionListener(e -> viewer.setLayerTranslucent(layer, translucent.isSelected()));
            if (layer == Layer.SKIN) {
                viewer.setLayerTranslucent(layer, true);
                viewer.setLayerShown(layer, false);
            }
            menu.add(shown);
            menu.add(translucent);
            menu.addSeparator();
        }
        JCheckBoxMenuItem landmarks = new JCheckBoxMenuItem(Bundle.LBL_ShowLandmarks(), false);
        landmarks.setName("viewer.layer.LANDMARKS.shown");
        landmarks.setToolTipText(Bundle.HINT_ShowLandmarks());
        landmarks.addActionListener(e -> viewer.setLandmarksShown(landmarks.isSelected()));
        menu.add(landmarks);
        JButton button = DropDownButtonFactory.createDropDownButton(
                ImageUtilities.loadImageIcon("org/myoplan/viewer/ui/layers.png", false), menu);
        button.setText(Bundle.LBL_Layers());
        button.setToolTipText(Bundle.HINT_Layers());
        button.setName("viewer.toolbar.layers");
        button.setFocusable(false);
        button.addActionListener(e -> menu.show(button, 0, button.getHeight()));
        return button;
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
