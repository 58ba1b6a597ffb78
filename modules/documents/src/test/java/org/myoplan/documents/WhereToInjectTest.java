package org.myoplan.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.sites.PointDescription;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

class WhereToInjectTest {

    private static final Atlas ATLAS = TreatmentPlanPdfTest.ATLAS;

    @Test
    void theCaveatFitsOneLineOnEitherPaper() throws Exception {
        for (PaperSize paper : PaperSize.values()) {
            try (PDDocument document = new PDDocument(); PageWriter page = new PageWriter(document, paper, "")) {
                assertEquals(1, page.wrap(WhereToInject.CAVEAT, page.width(), PageWriter.BODY - 1, false).size(),
                        paper.name());
            }
        }
    }

    @Test
    void depthsAreTheTablesNumbersInMillimetres() {
        assertEquals("13 mm", WhereToInject.millimetres("13.0"));
        assertEquals("24\u201358 mm", WhereToInject.millimetres("24.0-58.0"));
        assertEquals("15.7\u201331.6 mm", WhereToInject.millimetres("15.7-31.6"));
        assertEquals("27.1 mm", WhereToInject.millimetres("27.1"));
        assertEquals("11 mm", WhereToInject.millimetres("11"));
    }

    @Test
    void aSourceIsCitedByItsFirstAuthorOrItsTitlesFirstWords() {
        assertEquals("Koo et al. 2017", WhereToInject.shortSource("Koo HJ, Park HJ, Park GY, Han Y, Sohn D, Im S. "
                + "Safe needle insertion locations for motor point injection of the triceps brachii muscle. "
                + "Ann Rehabil Med 2017;41(3):1"));
        assertEquals("Yi et al. 2021", WhereToInject.shortSource("Yi KH et al. Effective botulinum neurotoxin "
                + "injection in treating iliopsoas spasticity. Clin Anat 2021;34(3):4"));
        assertEquals("Safety window for the\u2026 2017", WhereToInject.shortSource("Safety window for the volar "
                + "needle approach for examination of the pronator quadratus. "
                + "Arch Phys Med Rehabil 2017;98(12):2553-2557"));
    }

    @Test
    void aMuscleWithDepthsInTheTableHasEachWithItsSourceAndOneWithoutSaysSo() {
        WhereToInject sites = WhereToInject.of(ATLAS, session(
                new Target("pronator_quadratus", Side.LEFT, new BigDecimal("20"), 1, Guidance.ULTRASOUND, List.of(),
                        ""),
                new Target("biceps_brachii", Side.LEFT, new BigDecimal("100"), 1, Guidance.ULTRASOUND, List.of(), ""),
                new Target("soleus", Side.RIGHT, new BigDecimal("100"), 1, Guidance.ULTRASOUND, List.of(), "")));
        assertEquals("sources: 13 mm (Safety window for the\u2026 2017)", sites.targets().get(0).depthText());
        assertEquals(WhereToInject.NO_DEPTH, sites.targets().get(1).depthText());
        assertTrue(sites.targets().get(2).depthText().contains("28 mm to the nerve branch (Picelli et al."),
                "a nerve-block depth says what it is the depth of: " + sites.targets().get(2).depthText());
        assertFalse(sites.hasPoints());
    }

    @Test
    void pointsAreNumberedWithinTheirTargetAndDescribedOnTheAtlas() {
        Muscle biceps = ATLAS.find("biceps_brachii", Side.LEFT).orElseThrow();
        Vec3 c = biceps.centre();
        List<InjectionPoint> points = List.of(new InjectionPoint(c.x(), c.y(), c.z()),
                new InjectionPoint(c.x(), c.y() - 0.04, c.z()));
        WhereToInject sites = WhereToInject.of(ATLAS, session(new Target("biceps_brachii", Side.LEFT,
                new BigDecimal("100"), 2, Guidance.ULTRASOUND, points, "")));
        WhereToInject.TargetSites target = sites.targets().get(0);
        assertEquals("Left upper limb", target.closeUp());
        assertEquals(List.of(1, 2), target.points().stream().map(WhereToInject.Point::number).toList());
        for (WhereToInject.Point point : target.points()) {
            assertTrue(point.text().contains("of the way from the acromion to the lateral epicondyle"), point.text());
        }
        assertTrue(sites.hasPoints());
    }

    @Test
    void aMeasuredArmScalesTheCentimetresNotThePercentAndTheTextSaysSo() {
        Muscle biceps = ATLAS.find("biceps_brachii", Side.LEFT).orElseThrow();
        Vec3 c = biceps.centre();
        Target target = new Target("biceps_brachii", Side.LEFT, new BigDecimal("100"), 1, Guidance.ULTRASOUND,
                List.of(new InjectionPoint(c.x(), c.y(), c.z() + 0.02)), "");
        WhereToInject.Point onAtlas = WhereToInject.of(ATLAS, session(target)).targets().get(0).points().get(0);
        PointDescription atlasWords = onAtlas.description().orElseThrow();
        BigDecimal twice = BigDecimal.valueOf(Math.round(atlasWords.lineLengthCm() * 2));
        WhereToInject measured = WhereToInject.of(ATLAS, session(target)
                .withLimbLengths(LimbLengths.NONE.withArm(twice)));
        WhereToInject.Point onPatient = measured.targets().get(0).points().get(0);
        PointDescription patientWords = onPatient.description().orElseThrow();

        assertFalse(onAtlas.onPatient());
        assertTrue(onPatient.onPatient());
        assertEquals(twice.doubleValue(), patientWords.lineLengthCm(), 1e-9);
        assertEquals(atlasWords.percent(), patientWords.percent(), "a fraction of the line holds for any body");
        assertFalse(atlasWords.offsets().isEmpty(), "the point lies beside the line: " + onAtlas.text());
        assertTrue(patientWords.offsets().get(0).cm() > atlasWords.offsets().get(0).cm(),
                onAtlas.text() + " / " + onPatient.text());
        assertTrue(onPatient.text().endsWith(WhereToInject.ON_PATIENT), onPatient.text());
        assertFalse(onAtlas.text().contains("measured on the patient"), onAtlas.text());
        assertEquals(1, measured.pointsOnPatient());
        assertTrue(TreatmentPlanPdf.centimetresNote(measured).contains("measured on the patient"));
        assertFalse(TreatmentPlanPdf.centimetresNote(measured).contains(measured.atlasName()));
    }

    private static Session session(Target... targets) {
        return new Session(LocalDate.of(2026, 3, 2), "Dr Lehmann", Product.ONABOTULINUMTOXIN_A, 100, 1,
                new BigDecimal("2"), "", null, null, SessionStatus.PLANNED, "", List.of(targets));
    }
}
