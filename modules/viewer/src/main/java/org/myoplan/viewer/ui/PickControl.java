package org.myoplan.viewer.ui;

import com.jogamp.math.Ray;
import com.jogamp.math.Vec3f;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.viewer.api.AnatomyView;
import org.myoplan.viewer.api.MuscleSelection;

/**
 * Clicks and hovering in the 3D View: a click selects the muscle under the mouse (Ctrl+click adds or
 * removes it; a click beside the body clears the selection), hovering names it in a tooltip and
 * draws it lighter.
 */
final class PickControl extends MouseAdapter {

    private final OrbitCamera camera;
    private final Component view;
    private final Function<Ray, Optional<Muscle>> picker;
    private final MuscleSelection selection;
    private final Consumer<String> hover;

    /**
     * @param hover told the key of the muscle under the mouse as it moves, null when there is none
     */
    PickControl(OrbitCamera camera, Component view, Function<Ray, Optional<Muscle>> picker, MuscleSelection selection,
            Consumer<String> hover) {
        this.camera = camera;
        this.view = view;
        this.picker = picker;
        this.selection = selection;
        this.hover = hover;
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

    /** Names the muscle under the mouse in a tooltip and has it drawn lighter. */
    @Override
    public void mouseMoved(MouseEvent e) {
        Optional<Muscle> muscle = muscleAt(e.getX(), e.getY());
        if (view instanceof JComponent component) {
            component.setToolTipText(muscle.map(Muscle::label).orElse(null));
        }
        hover.accept(muscle.map(Muscle::key).orElse(null));
    }

    @Override
    public void mouseExited(MouseEvent e) {
        hover.accept(null);
    }

    /** While turning or moving the body, nothing is hovered. */
    @Override
    public void mouseDragged(MouseEvent e) {
        hover.accept(null);
    }

    static Vec3 vec(Vec3f v) {
        return new Vec3(v.x(), v.y(), v.z());
    }
}
