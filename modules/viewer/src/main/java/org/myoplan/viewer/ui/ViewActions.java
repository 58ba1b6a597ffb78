package org.myoplan.viewer.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.myoplan.render.gl.StandardView;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * The 3D View's camera actions: View menu items with shortcuts (Ctrl+1 to Ctrl+5, Ctrl+0 to reset,
 * Ctrl+Shift+F to fit), enabled while a 3D View is active.
 */
@Messages({
    "CTL_ViewAnterior=Anterior View",
    "CTL_ViewPosterior=Posterior View",
    "CTL_ViewLeft=Left Side View",
    "CTL_ViewRight=Right Side View",
    "CTL_ViewSuperior=Superior View",
    "CTL_ResetView=Reset View",
    "CTL_FitToSelection=Fit to Selection"
})
public final class ViewActions {

    private static final String CATEGORY = "View";

    private ViewActions() {
    }

    @ActionID(category = CATEGORY, id = "org.myoplan.viewer.ui.Anterior")
    @ActionRegistration(displayName = "#CTL_ViewAnterior")
    @ActionReferences({
        @ActionReference(path = "Menu/View", position = 2110, separatorBefore = 2105),
        @ActionReference(path = "Shortcuts", name = "D-1")
    })
    public static final class Anterior extends ShowView {
        public Anterior(ViewerController viewer) {
            super(viewer, StandardView.ANTERIOR);
        }
    }

    @ActionID(category = CATEGORY, id = "org.myoplan.viewer.ui.Posterior")
    @ActionRegistration(displayName = "#CTL_ViewPosterior")
    @ActionReferences({
        @ActionReference(path = "Menu/View", position = 2120),
        @ActionReference(path = "Shortcuts", name = "D-2")
    })
    public static final class Posterior extends ShowView {
        public Posterior(ViewerController viewer) {
            super(viewer, StandardView.POSTERIOR);
        }
    }

    @ActionID(category = CATEGORY, id = "org.myoplan.viewer.ui.Left")
    @ActionRegistration(displayName = "#CTL_ViewLeft")
    @ActionReferences({
        @ActionReference(path = "Menu/View", position = 2130),
        @ActionReference(path = "Shortcuts", name = "D-3")
    })
    public static final class Left extends ShowView {
        public Left(ViewerController viewer) {
            super(viewer, StandardView.LEFT);
        }
    }

    @ActionID(category = CATEGORY, id = "org.myoplan.viewer.ui.Right")
    @ActionRegistration(displayName = "#CTL_ViewRight")
    @ActionReferences({
        @ActionReference(path = "Menu/View", position = 2140),
        @ActionReference(path = "Shortcuts", name = "D-4")
    })
    public static final class Right extends ShowView {
        public Right(ViewerController viewer) {
            super(viewer, StandardView.RIGHT);
        }
    }

    @ActionID(category = CATEGORY, id = "org.myoplan.viewer.ui.Superior")
    @ActionRegistration(displayName = "#CTL_ViewSuperior")
    @ActionReferences({
        @ActionReference(path = "Menu/View", position = 2150),
        @ActionReference(path = "Shortcuts", name = "D-5")
    })
    public static final class Superior extends ShowView {
        public Superior(ViewerController viewer) {
            super(viewer, StandardView.SUPERIOR);
        }
    }

    @ActionID(category = CATEGORY, id = "org.myoplan.viewer.ui.Reset")
    @ActionRegistration(displayName = "#CTL_ResetView")
    @ActionReferences({
        @ActionReference(path = "Menu/View", position = 2170, separatorBefore = 2165),
        @ActionReference(path = "Shortcuts", name = "D-0")
    })
    public static final class Reset implements ActionListener {
        private final ViewerController viewer;

        public Reset(ViewerController viewer) {
            this.viewer = viewer;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            viewer.resetView();
        }
    }

    @ActionID(category = CATEGORY, id = "org.myoplan.viewer.ui.FitToSelection")
    @ActionRegistration(displayName = "#CTL_FitToSelection")
    @ActionReferences({
        @ActionReference(path = "Menu/View", position = 2180),
        @ActionReference(path = "Shortcuts", name = "DS-F")
    })
    public static final class FitToSelection implements ActionListener {
        private final ViewerController viewer;

        public FitToSelection(ViewerController viewer) {
            this.viewer = viewer;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            viewer.fitToSelection();
        }
    }

    /** Turns the active 3D View to one standard view. */
    abstract static class ShowView implements ActionListener {
        private final ViewerController viewer;
        private final StandardView view;

        ShowView(ViewerController viewer, StandardView view) {
            this.viewer = viewer;
            this.view = view;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            viewer.showView(view);
        }
    }
}
