package org.myoplan.atlas.sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.landmarks.Landmarks;
import org.myoplan.atlas.sites.PointDescription.Offset;
import org.myoplan.model.Side;

/**
 * Describes injection points of one atlas in words, and builds points back from such words.
 *
 * <p>A point is described against the nearest {@link ReferenceLine} of its side (nearest to the line's
 * segment) whose two landmarks the atlas locates: the fraction along the line in whole percent, and the
 * distances beside it in the patient's frame (see {@link LineFrame}) in centimetres rounded to 0.5 cm as a
 * tape is read; under 0.5 cm is "on the line". Centimetres are scaled to the patient's own length of that
 * line when the caller has it, otherwise they are the atlas's (an adult of 1.75 m for the built-in atlas).
 */
public final class PointDescriber {

    /** Said of a point where the atlas locates no reference line near it: the PDF, the windows and the JSON. */
    public static final String NOT_DESCRIBED = "no landmark line of this atlas lies near this point";

    /** Below this an offset is "on the line" (a tape's half centimetre; the epsilon keeps 0.5 itself). */
    private static final double ON_THE_LINE_CM = 0.5 - 1e-6;

    private final Landmarks landmarks;

    public PointDescriber(Landmarks landmarks) {
        this.landmarks = Objects.requireNonNull(landmarks, "landmarks");
    }

    /** The point in words, in the atlas's centimetres; empty when no reference line is located on this atlas. */
    public Optional<PointDescription> describe(Vec3 point, Side side) {
        return describe(point, side, Map.of());
    }

    /**
     * The point in words.
     *
     * @param patientLengthsCm the patient's own lengths of reference lines, in cm, by line id ("arm"); a
     *        line not in the map is measured on the atlas
     */
    public Optional<PointDescription> describe(Vec3 point, Side side, Map<String, Double> patientLengthsCm) {
        ReferenceLine best = null;
        LineFrame bestFrame = null;
        for (ReferenceLine line : ReferenceLine.TABLE) {
            Optional<LineFrame> frame = frame(line, side);
            if (frame.isPresent() && (bestFrame == null
                    || frame.get().distanceToSegment(point) < bestFrame.distanceToSegment(point))) {
                best = line;
                bestFrame = frame.get();
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(describe(point, side, best, bestFrame, patientLengthsCm.get(best.id())));
    }

    /** The point in words against a given line (e.g. a suggested site's own); empty if the atlas lacks it. */
    public Optional<PointDescription> describe(Vec3 point, Side side, ReferenceLine line, Double patientLengthCm) {
        return frame(line, side).map(f -> describe(point, side, line, f, patientLengthCm));
    }

    /**
     * The point a description stands for on this atlas (the inverse of describe): the fraction along the line
     * and the offsets beside it, scaled back from the patient's centimetres; empty if the atlas lacks the line.
     */
    public Optional<Vec3> locate(PointDescription description) {
        return frame(description.line(), description.side()).map(f -> locate(description, f));
    }

    private static Vec3 locate(PointDescription d, LineFrame frame) {
        double metresPerCm = d.patientLength() ? frame.length / d.lineLengthCm() : 0.01;
        Vec3 p = frame.from.plus(frame.along.times(d.percent() / 100.0 * frame.length));
        for (Offset offset : d.offsets()) {
            p = p.plus(frame.direction(offset.direction()).times(offset.cm() * metresPerCm));
        }
        return p;
    }

    private PointDescription describe(Vec3 point, Side side, ReferenceLine line, LineFrame frame,
            Double patientLengthCm) {
        boolean patient = patientLengthCm != null && patientLengthCm > 0;
        double cmPerMetre = patient ? patientLengthCm / frame.length : 100;
        List<Offset> offsets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double cm = frame.beside(point, i) * cmPerMetre;
            if (Math.abs(cm) >= ON_THE_LINE_CM) {
                offsets.add(new Offset(cm > 0 ? frame.positive[i] : frame.negative[i], tape(Math.abs(cm))));
            }
        }
        offsets.sort(Comparator.comparingDouble(Offset::cm).reversed());
        int percent = (int) Math.round(frame.fraction(point) * 100);
        double lengthCm = patient ? patientLengthCm : frame.length * 100;
        return new PointDescription(line, name(line.fromId()), name(line.toId()), side, percent, offsets,
                lengthCm, patient);
    }

    /** Centimetres as a tape is read: to the nearest half centimetre. */
    private static double tape(double cm) {
        return Math.round(cm * 2) / 2.0;
    }

    private Optional<LineFrame> frame(ReferenceLine line, Side side) {
        Optional<Vec3> from = landmarks.locate(line.fromId(), side);
        Optional<Vec3> to = landmarks.locate(line.toId(), side);
        if (from.isEmpty() || to.isEmpty() || from.get().distance(to.get()) < 1e-3) {
            return Optional.empty();
        }
        return Optional.of(new LineFrame(from.get(), to.get(), side, line.limb()));
    }

    private String name(String id) {
        return LandmarkNames.of(landmarks, id);
    }
}
