package org.myoplan.viewer.ui;

import com.jogamp.math.Ray;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.viewer.api.AnatomyView;
import org.myoplan.viewer.api.MuscleSelection;
import org.myoplan.render.gl.OrbitCamera;

/**
 * Clicks and hovering in the 3D View: a click selects the muscle under the mouse (Ctrl+click adds or
 * removes it; a click beside the body clears the selection), hovering names it in a tooltip.
 */
final class PickControl extends MouseAdapter {

    private final OrbitCamera camera;
    private final Component view;
    private final Function<Ray, Optional<Muscle>> picker;
    private final MuscleSelection selection;

    PickControl(OrbitCamera camera, Component view, Function<Ray, Optional<Muscle>> picker, MuscleSelection selection) {
        this.camera = camera;
        this.view = view;
        this.picker = picker;
        this.selection = selection;
    }

    void attach() {
        view.addMouseListener(this);
        view.addMouseMotionListener(this);
    }

    /** The muscle under a point of the view, if any (public for tests and the benchmark). */
    Optional<Muscle> muscleAt(int x, int y) {
        if (view.getWidth() <= 0 || view.getHeight() <= 0) {
            return Optional.empty();
        }
        return picker.apply(camera.rayThrough(x, y, view.getWidth(), view.getHeight()));
    }

    @Override
    public void mouseClicked(MouseEvent e) {
        if (!SwingUtilities.isLeftMouseButton(e) || e.getClickCount() != 1) {
            return;
        }
        if (AnatomyView.getDefault() instanceof DefaultAnatomyView anatomy && anatomy.offerClick(e.getX(), e.getY())) {
            return;
        }
        Optional<Muscle> muscle = muscleAt(e.getX(), e.getY());
        if (e.isControlDown() || e.isMetaDown()) {
            muscle.ifPresent(m -> selection.toggle(m.key()));
        } else {
            selection.select(muscle.map(m -> Set.of(m.key())).orElse(Set.of()));
        }
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        String name = muscleAt(e.getX(), e.getY()).map(Muscle::label).orElse(null);
        if (view instanceof javax.swing.JComponent component) {
            component.setToolTipText(name);
        }
    }

    static Vec3 vec(com.jogamp.math.Vec3f v) {
        return new Vec3(v.x(), v.y(), v.z());
    }
}
