package org.myoplan.dosing.json;

import java.util.List;
import java.util.Objects;

/**
 * An injection point in words, as a module that has the atlas described it (dosing knows no atlas): the
 * sentence, and its parts as fields so that other systems can print them their own way.
 *
 * @param text "38% of the way from the acromion to the lateral epicondyle of the humerus, 2 cm anterior"
 * @param line the reference line's id ("arm")
 * @param from the line's first landmark as it reads in a sentence ("acromion")
 * @param to the line's far landmark
 * @param percent how far along the line from its first landmark, whole percent
 * @param offsets the distances beside the line, largest first; none when the point is on it
 * @param patientLength whether the centimetres follow a limb length measured on the patient (else the atlas's)
 */
public record DescribedPoint(String text, String line, String from, String to, int percent, List<Offset> offsets,
        boolean patientLength) {

    /** A distance beside the line: a direction of the patient's frame ("anterior") and centimetres. */
    public record Offset(String direction, double cm) {

        public Offset {
            Objects.requireNonNull(direction, "direction");
        }
    }

    public DescribedPoint {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        offsets = List.copyOf(offsets);
    }
}
