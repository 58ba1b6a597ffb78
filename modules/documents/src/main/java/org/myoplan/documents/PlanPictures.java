package org.myoplan.documents;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.Side;
import org.myoplan.dosing.InjectionPoint;
import org.myoplan.dosing.Target;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.render.AnatomySnapshots;
import org.myoplan.render.scene.AtlasScene;
import org.myoplan.render.scene.Marker;

/**
 * The front and back pictures of a plan: its target muscles emphasised, their injection points marked,
 * drawn offscreen (OpenGL; on a server a display such as Xvfb). Keeps its offscreen buffer between
 * plans: close it when done.
 */
public final class PlanPictures implements AutoCloseable {

    public static final Color TARGET = new Color(35, 95, 225);
    public static final Color POINT = new Color(20, 190, 60);

    private final Atlas atlas;
    private final AnatomySnapshots snapshots;

    public PlanPictures(Atlas atlas) {
        this.atlas = atlas;
        this.snapshots = new AnatomySnapshots(AtlasScene.of(atlas));
    }

    /**
     * @throws RuntimeException (OpenGlUnavailableException, IllegalStateException) when they cannot be drawn
     */
    public List<Picture> of(PlanFacts plan, int width, int height) {
        Map<String, Color> emphasis = new HashMap<>();
        List<Marker> markers = new ArrayList<>();
        for (Target target : plan.session().targets()) {
            for (Muscle muscle : atlas.resolve(target.muscleId(), Side.valueOf(target.side().name()))) {
                emphasis.put(muscle.key(), TARGET);
            }
            for (InjectionPoint point : target.injectionPoints()) {
                markers.add(Marker.of(point.x(), point.y(), point.z(), POINT));
            }
        }
        return List.of(
                new Picture(snapshots.render(AnatomySnapshots.View.ANTERIOR, emphasis, markers, width, height), "Anterior"),
                new Picture(snapshots.render(AnatomySnapshots.View.POSTERIOR, emphasis, markers, width, height), "Posterior"));
    }

    /** Frees the offscreen buffer. */
    @Override
    public void close() {
        snapshots.close();
    }

    /** What the pictures' colours mean. */
    public static List<TreatmentPlanPdf.LegendEntry> legend() {
        return List.of(new TreatmentPlanPdf.LegendEntry(TARGET, "target muscle"),
                new TreatmentPlanPdf.LegendEntry(POINT, "injection point"));
    }
}
