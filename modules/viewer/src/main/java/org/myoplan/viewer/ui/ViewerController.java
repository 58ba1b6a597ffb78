package org.myoplan.viewer.ui;

import org.myoplan.render.gl.StandardView;
import org.myoplan.render.scene.Layer;

/**
 * What the 3D View's actions do to it. The 3D View puts its controller in its Lookup, so the View menu,
 * the toolbar and the shortcuts act on whichever 3D View is active.
 */
public interface ViewerController {

    /** Turns to a standard view and fits the selected muscles, or the whole body when nothing is selected. */
    void showView(StandardView view);

    /** The front view with the whole body in frame. */
    void resetView();

    /** Frames the selected muscles, or the whole body when nothing is selected. */
    void fitToSelection();

    /** Shows only the selected muscles (with the bones); again to show everything. */
    void toggleIsolateSelection();

    /** Hides the selected muscles, to reach what lies beneath. */
    void hideSelection();

    /** Shows every hidden muscle again and ends isolation. */
    void showAllMuscles();

    void setLayerShown(Layer layer, boolean shown);

    /** A translucent layer lets the layers beneath it show through. */
    void setLayerTranslucent(Layer layer, boolean translucent);

    /** Shows or hides the atlas's landmarks as small labelled crosses, beside the plan's markers. */
    void setLandmarksShown(boolean shown);
}
