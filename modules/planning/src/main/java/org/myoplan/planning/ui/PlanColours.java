package org.myoplan.planning.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.myoplan.atlas.Muscle;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Target;
import org.myoplan.planning.DoseBand;
import org.myoplan.planning.SessionDraft;
import org.myoplan.planning.TargetMuscles;
import org.myoplan.viewer.api.AnatomyView;
import org.myoplan.viewer.api.MuscleSelection;
import org.openide.util.NbBundle.Messages;

/**
 * How a plan looks on the 3D model: each target's muscle coloured by where its dose lies against the
 * reference range, and its injection sites as markers. The colours are the table's, so one legend serves.
 */
@Messages("LBL_InjectionSite=injection site")
final class PlanColours {

    static final Color BELOW = new Color(70, 130, 200);
    static final Color WITHIN = new Color(60, 160, 80);
    static final Color ABOVE = new Color(200, 40, 170); // magenta: red would vanish among the red muscles
    static final Color UNREFERENCED = new Color(110, 130, 150);
    /** Amber: a muscle still waiting for its dose, neither right nor wrong yet. */
    static final Color DOSE_NEEDED = new Color(215, 140, 0);
    static final Color SITE = new Color(20, 20, 20);

    private PlanColours() {
    }

    static Color of(DoseBand band) {
        return switch (band) {
            case BELOW_RANGE -> BELOW;
            case WITHIN_RANGE -> WITHIN;
            case ABOVE_RANGE, INVALID -> ABOVE;
            case DOSE_NEEDED -> DOSE_NEEDED;
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
            int number = 1; // numbered within the target, as the plan lists them
            for (InjectionPoint point : target.injectionPoints()) {
                markers.add(new AnatomyView.Marker(point.x(), point.y(), point.z(), SITE, String.valueOf(number++)));
            }
        }
        view.emphasise(emphasis);
        view.setMarkers(markers);
    }

    /**
     * Brings the plan's muscles into view and clears the selection: Show Targets is about the plan,
     * not what was picked before.
     */
    static void frame(SessionDraft draft, TargetMuscles muscles) {
        AnatomyView view = AnatomyView.getDefault();
        List<String> keys =
                draft.targets().stream().flatMap(t -> muscles.musclesOf(t).stream()).map(Muscle::key).toList();
        if (view == null || keys.isEmpty()) {
            return;
        }
        MuscleSelection selection = MuscleSelection.getDefault();
        if (selection != null) {
            selection.select(List.of());
        }
        view.frame(keys);
    }

    /** The colours' meaning, for a legend beside the table. */
    static String legendHtml() {
        return "<html>" + swatch(WITHIN, Bundle.BAND_WITHIN_RANGE()) + swatch(ABOVE, Bundle.BAND_ABOVE_RANGE())
                + swatch(BELOW, Bundle.BAND_BELOW_RANGE()) + swatch(UNREFERENCED, Bundle.BAND_NO_REFERENCE())
                + swatch(DOSE_NEEDED, Bundle.BAND_DOSE_NEEDED())
                + swatch(SITE, Bundle.LBL_InjectionSite());
    }

    private static String swatch(Color colour, String meaning) {
        return String.format("<font color=\"#%02x%02x%02x\">&#9632;</font> %s &nbsp; ", colour.getRed(),
                colour.getGreen(), colour.getBlue(), meaning);
    }

    static void clear() {
        AnatomyView view = AnatomyView.getDefault();
        if (view != null) {
            view.emphasise(Map.of());
            view.setMarkers(List.of());
        }
    }
}
