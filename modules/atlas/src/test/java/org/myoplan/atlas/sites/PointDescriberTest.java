package org.myoplan.atlas.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.sites.PointDescription.Direction;
import org.myoplan.atlas.sites.PointDescription.Offset;
import org.myoplan.model.Side;

/**
 * Points in words on a small body of test landmarks (right side given, left mirrored): a vertical arm of
 * 30 cm from the acromion to the lateral epicondyle, a forearm, a thigh and the collarbone.
 */
class PointDescriberTest {

    private static final FakeLandmarks BODY = new FakeLandmarks(FakeLandmarks.TABLE_IDS)
            .at("acromion", -0.2, 1.45, 0).at("lateral_epicondyle_humerus", -0.2, 1.15, 0)
            .at("medial_epicondyle_humerus", -0.15, 1.15, 0).at("radial_styloid", -0.21, 0.90, 0.02)
            .at("ulnar_styloid", -0.17, 0.90, 0).at("suprasternal_notch", 0, 1.45, 0.05)
            .at("asis", -0.12, 0.98, 0.06).at("patella_base", -0.10, 0.53, 0.06)
            .at("greater_trochanter", -0.17, 0.90, 0).at("lateral_femoral_epicondyle", -0.14, 0.50, 0);
    private static final PointDescriber DESCRIBER = new PointDescriber(BODY);

    @Test
    void aPointOnTheArmIsAPercentOfTheAcromionLineAndCentimetresAnterior() {
        PointDescription d = describe(new Vec3(-0.2, 1.45 - 0.114, 0.02), Side.RIGHT);
        assertEquals("arm", d.line().id());
        assertEquals(38, d.percent());
        assertEquals(List.of(new Offset(Direction.ANTERIOR, 2)), d.offsets());
        assertEquals("38% of the way from the acromion to the lateral epicondyle humerus, 2 cm anterior", d.text());
        assertEquals(30, d.lineLengthCm(), 1e-9);
    }

    @Test
    void medialIsTowardsTheMidlineOnEitherSide() {
        Vec3 right = new Vec3(-0.2 + 0.015, 1.30, -0.03);
        assertEquals("50% of the way from the acromion to the lateral epicondyle humerus, 3 cm posterior, "
                + "1.5 cm medial", describe(right, Side.RIGHT).text());
        assertEquals(describe(right, Side.RIGHT).text(), describe(right.mirroredX(), Side.LEFT).text());
    }

    @Test
    void offsetsAreReadAsATapeIsRead() {
        assertEquals("on the line", beside(0.0049));
        assertEquals("0.5 cm anterior", beside(0.005));
        assertEquals("0.5 cm anterior", beside(0.0074));
        assertEquals("1 cm anterior", beside(0.0076));
        assertEquals("2.5 cm posterior", beside(-0.024));
    }

    @Test
    void centimetresFollowThePatientsOwnLine() {
        Vec3 p = new Vec3(-0.2, 1.30, 0.03);
        PointDescription atlas = describe(p, Side.RIGHT);
        PointDescription patient = DESCRIBER.describe(p, Side.RIGHT, Map.of("arm", 33.0)).orElseThrow();
        assertEquals("3 cm anterior", atlas.offsets().get(0).text());
        assertEquals("3.5 cm anterior", patient.offsets().get(0).text(), "3 cm on a 30 cm line is 3.3 on 33 cm");
        assertEquals(atlas.percent(), patient.percent());
        assertTrue(patient.patientLength());
        assertEquals(33, patient.lineLengthCm());
    }

    @Test
    void theNearestLineOfItsRegionDescribesAPoint() {
        assertEquals("forearm_radial", describe(new Vec3(-0.21, 1.0, 0.03), Side.RIGHT).line().id());
        assertEquals("forearm_ulnar", describe(new Vec3(-0.16, 1.0, 0.0), Side.RIGHT).line().id());
        assertEquals("thigh_lateral", describe(new Vec3(-0.18, 0.70, 0.0), Side.RIGHT).line().id());
        PointDescription collarbone = describe(new Vec3(-0.1, 1.48, 0.025), Side.RIGHT);
        assertEquals("clavicle", collarbone.line().id());
        assertEquals(List.of(Direction.SUPERIOR), collarbone.offsets().stream().map(Offset::direction).toList());
    }

    @Test
    void aPointBuiltFromADescriptionIsDescribedTheSameWayAgain() {
        for (ReferenceLine line : List.of(ReferenceLine.byId("arm"), ReferenceLine.byId("forearm_radial"),
                ReferenceLine.byId("thigh_anterior"), ReferenceLine.byId("thigh_lateral"))) {
            for (Side side : Side.values()) {
                for (int percent : new int[] {20, 38, 50, 71}) {
                    for (List<Offset> offsets : List.of(List.<Offset>of(), List.of(new Offset(Direction.ANTERIOR, 2)),
                            List.of(new Offset(Direction.POSTERIOR, 1.5), new Offset(Direction.LATERAL, 1)),
                            List.of(new Offset(Direction.MEDIAL, 0.5)))) {
                        roundTrip(line, side, percent, offsets, null);
                        roundTrip(line, side, percent, offsets, 41.5);
                    }
                }
            }
        }
    }

    @Test
    void anAtlasWithoutAnyLineDescribesNothing() {
        PointDescriber none = new PointDescriber(new FakeLandmarks(Set.of("acromion")).at("acromion", 0, 1, 0));
        assertTrue(none.describe(new Vec3(0, 1, 0), Side.RIGHT).isEmpty());
    }

    private static void roundTrip(ReferenceLine line, Side side, int percent, List<Offset> offsets, Double patient) {
        String from = LandmarkNames.inSentence(BODY.landmark(line.fromId()).orElseThrow().name());
        String to = LandmarkNames.inSentence(BODY.landmark(line.toId()).orElseThrow().name());
        double length = patient == null ? BODY.locate(line.fromId(), side).orElseThrow()
                .distance(BODY.locate(line.toId(), side).orElseThrow()) * 100 : patient;
        PointDescription written = new PointDescription(line, from, to, side, percent, offsets, length,
                patient != null);
        Vec3 point = DESCRIBER.locate(written).orElseThrow();
        PointDescription again = patient == null ? describe(point, side)
                : DESCRIBER.describe(point, side, Map.of(line.id(), patient)).orElseThrow();
        assertEquals(written.text(), again.text());
        assertEquals(written.line(), again.line());
        assertEquals(written.lineLengthCm(), again.lineLengthCm(), 1e-9);
    }

    private static String beside(double z) {
        String text = describe(new Vec3(-0.2, 1.30, z), Side.RIGHT).text();
        return text.substring(text.indexOf(", ") + 2);
    }

    private static PointDescription describe(Vec3 point, Side side) {
        return DESCRIBER.describe(point, side).orElseThrow();
    }
}
