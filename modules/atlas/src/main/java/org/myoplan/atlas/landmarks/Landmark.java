package org.myoplan.atlas.landmarks;

import java.util.Objects;

/**
 * A point a clinician finds on the patient and measures from: a palpable bony landmark (the lateral
 * epicondyle), a point derived from others (the midpoint between the malleoli) or a skin landmark (the
 * elbow crease). A paired landmark has a left and a right; a midline one (the suprasternal notch) has one.
 */
public record Landmark(String id, String name, Kind kind, boolean paired) {

    /** How the landmark is found on the patient, and so how far a clinician may trust its place. */
    public enum Kind {
        /** Palpable on a bone. */
        BONY,
        /** Computed from other landmarks (a midpoint). */
        DERIVED,
        /** On the skin (a crease, a fold): approximate on any atlas. */
        SKIN
    }

    public Landmark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
