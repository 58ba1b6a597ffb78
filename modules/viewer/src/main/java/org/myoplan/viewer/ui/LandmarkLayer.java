package org.myoplan.viewer.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.landmarks.Landmark;
import org.myoplan.atlas.landmarks.Landmarks;
import org.myoplan.model.Side;
import org.myoplan.render.scene.Marker;

/**
 * The 3D View's Landmarks layer, without Swing: the palpable bony landmarks and the skin landmarks an atlas
 * places, as small labelled crosses. Midpoints computed from other landmarks are left out: they are not
 * felt on the patient and would double the labels where the picture is already full.
 */
final class LandmarkLayer {

    /** A deep teal: unlike the muscles' reds, the bones' ivory, the dose colours and the selection's yellow. */
    static final Color COLOUR = new Color(0x00, 0x5f, 0x73);

    /** A parenthesised synonym ("Suprasternal (jugular) notch"): the label keeps the plainer name. */
    private static final Pattern SYNONYM = Pattern.compile("\\s*\\([^)]*\\)");
    /** "... of the humerus" where one word names the bone: the point beside the bone says which. */
    private static final Pattern OF_THE_BONE = Pattern.compile(" of the [\\w']+(?=,|$)");

    private LandmarkLayer() {
    }

    /**
     * The layer's markers: one per side of each placed bony or skin landmark (one for a midline landmark),
     * in the vocabulary's order. Locating the landmarks may take a tenth of a second on the first call: call
     * it off the event thread.
     */
    static List<Marker> markersOf(Landmarks landmarks) {
        List<Marker> markers = new ArrayList<>();
        for (Landmark landmark : landmarks.vocabulary()) {
            if (landmark.kind() == Landmark.Kind.DERIVED) {
                continue;
            }
            String label = shortName(landmark.name());
            for (Side side : landmark.paired() ? List.of(Side.RIGHT, Side.LEFT) : List.of(Side.RIGHT)) {
                landmarks.locate(landmark.id(), side).ifPresent(p -> markers.add(marker(p, label)));
            }
        }
        return List.copyOf(markers);
    }

    /** What the view draws: the landmarks first, so that a plan's sites and suggestions are drawn over them. */
    static List<Marker> combined(List<Marker> landmarks, List<Marker> others) {
        List<Marker> all = new ArrayList<>(landmarks);
        all.addAll(others);
        return all;
    }

    /**
     * A landmark's name short enough to sit beside its cross: "Lateral epicondyle of the humerus" reads
     * "Lateral epicondyle", "Suprasternal (jugular) notch" reads "Suprasternal notch"; a name whose head is
     * one word ("Head of the fibula") or whose object is not a bone ("Medial lip of the intertubercular
     * groove") is kept whole.
     */
    static String shortName(String name) {
        String plain = SYNONYM.matcher(name).replaceAll("");
        String shorter = OF_THE_BONE.matcher(plain).replaceFirst("");
        String head = shorter.split(",", 2)[0].trim();
        return shorter.equals(plain) || head.indexOf(' ') < 0 ? plain : shorter;
    }

    private static Marker marker(Vec3 point, String label) {
        return Marker.of(point.x(), point.y(), point.z(), COLOUR, label, Marker.Shape.LANDMARK);
    }
}
