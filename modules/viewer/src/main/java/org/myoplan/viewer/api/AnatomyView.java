package org.myoplan.viewer.api;

import java.awt.Color;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.myoplan.atlas.Atlas;
import org.openide.util.Lookup;

/**
 * What other modules may do to the 3D View: emphasise muscles in their own colours (a plan colours
 * its targets by dose), draw markers such as injection points, and turn a point of the view into a
 * point on a given muscle's surface. Found in the default Lookup; use on the event thread. Muscles
 * are named by key ("biceps_brachii.left"); positions are metres in the atlas frame.
 */
public interface AnatomyView {

    static AnatomyView getDefault() {
        return Lookup.getDefault().lookup(AnatomyView.class);
    }

    /**
     * The atlas the 3D View shows now, for names and the muscles a plan names; it can change while the
     * application runs: follow {@link AtlasService} rather than keeping it.
     */
    Atlas atlas();

    /** Replaces the emphasis: these muscles drawn in these colours (a selected one keeps it, outlined). */
    void emphasise(Map<String, Color> muscles);

    /** Turns nothing but moves and zooms the 3D View so that these muscles fill it (a plan's targets). */
    void frame(Collection<String> muscleKeys);

    /** Replaces the markers (injection sites: label each with its number within its target). */
    void setMarkers(List<Marker> markers);

    /**
     * Replaces the guidance's markers (a target's suggested sites), drawn with the plan's markers but kept
     * apart from them, so that a plan shown again leaves them and clearing them leaves the plan's.
     */
    void setGuideMarkers(List<Marker> markers);

    /**
     * The point of a muscle's surface under a point of the 3D View (in the view's own coordinates), or
     * empty when the muscle is not under it.
     */
    Optional<double[]> surfacePointAt(String muscleKey, int x, int y);

    /**
     * Lends the 3D View's clicks to a module for a while (a plan placing injection sites): a click goes
     * to the handler first, and when it takes the click the selection is left as it is. Null gives the
     * clicks back to selecting.
     */
    void setClickHandler(ClickHandler handler);

    /** Receives clicks in the 3D View's own coordinates; answers whether it used the click. */
    @FunctionalInterface
    interface ClickHandler {
        boolean clicked(int x, int y);
    }

    /**
     * A marker on the model: a point of a muscle's surface. An injection site is drawn as a disc with its
     * label (its number within its target) where the camera sees it, and as a faint ring where it lies
     * behind the surface in view; a suggested site as a hollow diamond with its letter, a point of a
     * suggested zone as a small dot, a landmark as a small cross with its name.
     */
    record Marker(double x, double y, double z, Color colour, String label, Kind kind) {

        /** What the point is, and so how it is drawn. */
        public enum Kind {
            SITE, SUGGESTED, ZONE, LANDMARK
        }

        public Marker {
            label = label == null ? "" : label;
            kind = kind == null ? Kind.SITE : kind;
        }

        /** An injection site. */
        public Marker(double x, double y, double z, Color colour, String label) {
            this(x, y, z, colour, label, Kind.SITE);
        }

        /** An injection site without a label. */
        public Marker(double x, double y, double z, Color colour) {
            this(x, y, z, colour, "", Kind.SITE);
        }
    }
}
