package org.myoplan.atlas.sites;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.myoplan.atlas.landmarks.Landmarks;

/**
 * One row of the suggested-sites reference table: where one source places a motor point, a nerve-dense
 * zone, a needle-insertion point or a nerve-block target of one muscle, against palpable landmarks.
 * Several rows of one muscle come from different studies and are kept apart (never averaged).
 *
 * <p>{@code landmarkA} is the source's 0% end; {@code landmarkB} the far end; either may be empty when the
 * source names none. The text fields are the source's words as the table holds them, empty when it says
 * nothing; {@code depthMm} is a mean ("13.0") or a range ("24.0-58.0") in millimetres, when given.
 *
 * @param line the row's line in the reference file, for messages
 */
public record SuggestedSite(String muscleId, String site, String landmarkA, String landmarkB,
        Optional<Fraction> fraction, String offset, String depthMm, String position, String avoid, String source,
        Status status, int line) {

    /** How far the row can be trusted, as the reference file's {@code status} column says. */
    public enum Status {
        /** The statement was read in the source itself (its abstract). */
        PUBLISHED,
        /** Read in a guide or chapter that cites or tests the primary source. */
        SECONDARY,
        /** Read in a chapter whose title or authors could not be identified: the UI says "unconfirmed". */
        UNCONFIRMED;

        /** "published", as the reference file writes it. */
        public String fileValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SuggestedSite {
        Objects.requireNonNull(muscleId, "muscleId");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(landmarkA, "landmarkA");
        Objects.requireNonNull(landmarkB, "landmarkB");
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(depthMm, "depthMm");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(avoid, "avoid");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Whether the row describes where a motor nerve branch can be blocked rather than where toxin goes into
     * the muscle (caveat 5 of the reference's notes): the table says so in {@code site}.
     */
    public boolean nerveBlockTarget() {
        String text = site.toLowerCase(Locale.ROOT);
        return text.contains("block target") || text.contains("motor nerve branch");
    }

    /** Whether the source gives both ends of a line and a fraction of it: only such rows can be placed. */
    public boolean hasLineAndFraction() {
        return !landmarkA.isEmpty() && !landmarkB.isEmpty() && fraction.isPresent();
    }

    /**
     * The source's measure in words, for the guidance panel: "43.8% of the way from the coracoid process to
     * the lateral epicondyle", "30–60% of the way ..." for a zone, "from the ulnar styloid" when the
     * source gives only its starting landmark, "measured against the line from ... to ..." without a
     * fraction; empty when it names no landmark.
     */
    public String lineText(Landmarks landmarks) {
        if (landmarkA.isEmpty()) {
            return fraction.map(f -> f.percentText() + " of a line the source does not name").orElse("");
        }
        String from = "from the " + LandmarkNames.of(landmarks, landmarkA);
        if (landmarkB.isEmpty()) {
            return fraction.map(f -> f.percentText() + " of the way " + from + " along a line the source does not "
                    + "end").orElse(from);
        }
        String to = " to the " + LandmarkNames.of(landmarks, landmarkB);
        return fraction.map(f -> f.percentText() + " of the way " + from + to)
                .orElse("measured against the line " + from + to);
    }
}
