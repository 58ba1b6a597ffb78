package org.myoplan.atlas.sites;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.myoplan.model.Side;

/**
 * An injection point in words an injector can follow with a tape: how far along a reference line it lies
 * and how far beside it, already rounded as it is printed (whole percent; centimetres to 0.5 cm, and an
 * offset under 0.5 cm is "on the line"). The text is built here only, for the editor, the PDF and the JSON.
 *
 * @param fromName the line's first landmark as it reads in a sentence ("acromion")
 * @param toName the line's far landmark ("lateral epicondyle of the humerus")
 * @param percent how far along the line from its first landmark, whole percent
 * @param offsets the distances beside the line, in centimetres on the patient, largest first; none when on it
 * @param lineLengthCm the line's length the centimetres are scaled to (the patient's as given, or the atlas's)
 * @param patientLength whether that length was measured on the patient (otherwise it is the atlas's)
 */
public record PointDescription(ReferenceLine line, String fromName, String toName, Side side, int percent,
        List<Offset> offsets, double lineLengthCm, boolean patientLength) {

    /** The directions of the patient's own frame, as a clinician says them. */
    public enum Direction {
        ANTERIOR, POSTERIOR, MEDIAL, LATERAL, PROXIMAL, DISTAL, SUPERIOR, INFERIOR;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A distance beside the line in one direction, in centimetres on the patient, a multiple of 0.5. */
    public record Offset(Direction direction, double cm) {

        public Offset {
            Objects.requireNonNull(direction, "direction");
        }

        /** "2 cm anterior", "1.5 cm medial". */
        public String text() {
            return centimetres(cm) + " cm " + direction.word();
        }
    }

    public PointDescription {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(side, "side");
        offsets = List.copyOf(offsets);
    }

    /** "38% of the way from the acromion to the lateral epicondyle, 2 cm anterior" (or ", on the line"). */
    public String text() {
        String beside = offsets.isEmpty() ? "on the line"
                : offsets.stream().map(Offset::text).collect(Collectors.joining(", "));
        return percent + "% of the way from the " + fromName + " to the " + toName + ", " + beside;
    }

    /** "2", "1.5": a tape's half centimetres without a trailing zero. */
    static String centimetres(double cm) {
        return cm == Math.rint(cm) ? String.valueOf((long) cm) : String.format(Locale.ROOT, "%.1f", cm);
    }
}
