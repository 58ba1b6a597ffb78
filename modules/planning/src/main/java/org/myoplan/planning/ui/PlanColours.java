package org.myoplan.planning.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.myoplan.atlas.Muscle;
import org.myoplan.dosing.InjectionPoint;
import org.myoplan.dosing.Target;
import org.myoplan.planning.DoseBand;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.TargetMuscles;
import org.myoplan.viewer.api.AnatomyView;

/**
 * How a plan looks on the 3D model: each target's muscle coloured by where its dose lies against the
 * reference range, and its injection sites as markers. The colours are the table's, so one legend serves.
 */
final class PlanColours {

    static final Color BELOW = new Color(70, 130, 200);
    static final Color WITHIN = new Color(60, 160, 80);
    static final Color ABOVE = new Color(210, 50, 40);
    static final Color UNREFERENCED = new Color(150, 110, 190);
    static final Color SITE = new Color(20, 20, 20);

    private PlanColours() {
    }

    static Color of(DoseBand band) {
        return switch (band) {
            case BELOW_RANGE -> BELOW;
            case WITHIN_RANGE -> WITHIN;
            case ABOVE_RANGE, INVALID -> ABOVE;
            case NO_REFERENCE -> UNREFERENCED;
        };
    }

    /** Shows the draft's targets in the 3D View (replacing what another plan showed). */
    static void show(SessionDraft draft, TargetMuscles muscles) {
        AnatomyView view = AnatomyView.getDefault();
        if (view == null) {
            return;
        }
        Map<String, Color> emphasis = new LinkedHashMap<>();
        List<AnatomyView.Marker> markers = new ArrayList<>();
        for (Target target : draft.targets()) {
            Color colour = of(DoseBand.of(target, draft.facts()));
            for (Muscle muscle : muscles.musclesOf(target)) {
                emphasis.put(muscle.key(), colour);
            }
            for (InjectionPoint point : target.injectionPoints()) {
                markers.add(new AnatomyView.Marker(point.x(), point.y(), point.z(), SITE));
            }
        }
        view.emphasise(emphasis);
        view.setMarkers(markers);
    }

    static void clear() {
        AnatomyView view = AnatomyView.getDefault();
        if (view != null) {
            view.emphasise(Map.of());
            view.setMarkers(List.of());
        }
    }
}
