package org.myoplan.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.RayPicker;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.PlanChecker;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.dosing.rules.PlanReview;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Plan;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.render.AnatomySnapshots;
import org.myoplan.render.scene.AtlasScene;
import org.myoplan.render.scene.Scene;

/**
 * The plan's pictures frame the whole body and each treated region, never cutting a treated limb,
 * and their numbered points are where the camera sees them (needs a display: the test command
 * provides Xvfb). A left arm and a right leg are treated: the two limbs furthest apart.
 */
class PlanPicturesTest {

    private static final int WIDTH = 500, HEIGHT = 750;
    /** Of the picture that must stay free around what is framed. */
    private static final float MARGIN = 0.02f;

    private static Atlas atlas;
    private static PlanPictures pictures;
    private static AnatomySnapshots boxes;

    @BeforeAll
    static void load() {
        atlas = Atlas.loadDefault();
        pictures = new PlanPictures(atlas);
        boxes = new AnatomySnapshots(AtlasScene.of(atlas));
    }

    @AfterAll
    static void close() {
        pictures.close();
    }

    @Test
    void theWholeBodyAndACloseUpOfEachTreatedLimbFrameTheirTargets() throws Exception {
        PlanFacts plan = leftArmAndRightLeg();
        List<PlanPictures.Framed> framed = pictures.framed(plan, WIDTH, HEIGHT);
        for (PlanPictures.Framed f : framed) {
            ImageIO.write(f.picture().image(), "png",
                    new File("target/plan-picture-" + f.picture().caption().replaceAll("\\W+", "-") + ".png"));
        }
        assertEquals(List.of("Anterior", "Posterior", "Left upper limb, from the front",
                "Right lower limb, from behind"), framed.stream().map(f -> f.picture().caption()).toList());

        List<String> treated = List.of("biceps_brachii.left", "flexor_carpi_radialis.left",
                "gastrocnemius_medial.right");
        for (PlanPictures.Framed overview : framed.subList(0, 2)) {
            assertInside(overview, boxes.body(), "the whole body");
            for (String key : treated) {
                assertInside(overview, boxes.boundsOf(List.of(key)), key);
            }
        }
        PlanPictures.Framed arm = framed.get(2), leg = framed.get(3);
        assertInside(arm, boxes.boundsOf(List.of("biceps_brachii.left")), "the biceps in the arm's close-up");
        assertInside(arm, boxes.boundsOf(List.of("flexor_carpi_radialis.left")),
                "the forearm flexor in the arm's close-up");
        assertInside(leg, boxes.boundsOf(List.of("gastrocnemius_medial.right")), "the calf in the leg's close-up");
        assertEquals(3, arm.shot().visibleMarkers(),
                "the arm's three points, placed from the front, are seen in its close-up");
        assertEquals(2, leg.shot().visibleMarkers(), "the calf's two points, placed from behind, are seen from behind");
        assertEquals(2, framed.get(0).shot().markers().stream().filter(m -> !m.visible()).count(),
                "the calf's points are hidden in the front view of the body");
        List<String> labels =
                arm.shot().markers().stream().filter(m -> m.visible()).map(m -> m.marker().label()).sorted().toList();
        assertEquals(List.of("1", "1", "2"), labels,
                "numbered within each target: biceps 1 and 2, the forearm flexor 1");
    }

    @Test
    void thePlanPdfCarriesThePicturesTheirCaptionsAndTheClinician() throws Exception {
        PlanFacts plan = leftArmAndRightLeg();
        List<Picture> images = pictures.of(plan, WIDTH, HEIGHT);
        PlanReview review = new PlanReview(List.of());
        review.update(new PlanChecker().check(plan));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TreatmentPlanPdf(new ClinicHeader("Ward 4", List.of()), PaperSize.A4)
                .write(plan, review, WhereToInject.of(atlas, plan.session()), images, PlanPictures.legend(), out);
        Path file = Path.of("target/plan-with-pictures.pdf");
        Files.write(file, out.toByteArray());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            int count = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    count += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertEquals(4, count, "front, back and the two close-ups");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Left upper limb, from the front"), text);
            assertTrue(text.contains("Right lower limb, from behind"), text);
            assertTrue(text.contains("Clinician Dr Lehmann"), "the session's clinician prints: " + text);
            assertTrue(text.contains("Prescribing clinician: Dr Lehmann"), text);
            assertTrue(text.contains("numbered within its target"), text);
            WhereToInject sites = WhereToInject.of(atlas, plan.session());
            assertTrue(text.contains("Where to inject"), text);
            for (WhereToInject.TargetSites target : sites.targets()) {
                for (WhereToInject.Point point : target.points()) {
                    assertTrue(point.description().isPresent(), "the built-in atlas describes " + point);
                    assertTrue(text.contains(point.number() + " " + point.text()), "point " + point.number() + " of "
                            + target.target().muscleId() + ": " + point.text() + " in " + text);
                }
                assertTrue(text.contains("close-up: " + target.closeUp()), text);
            }
        }
    }

    /** Each point of the list has its number in its target's close-up, at its own place. */
    @Test
    void theListsNumbersAreThoseOfTheCloseUps() throws Exception {
        PlanFacts plan = leftArmAndRightLeg();
        List<PlanPictures.Framed> framed = pictures.framed(plan, WIDTH, HEIGHT);
        WhereToInject sites = WhereToInject.of(atlas, plan.session());
        int checked = 0;
        for (WhereToInject.TargetSites target : sites.targets()) {
            PlanPictures.Framed closeUp = framed.stream().filter(f -> f.picture().caption().startsWith(
                    target.closeUp() + ",")).findFirst().orElseThrow(() -> new AssertionError(target.closeUp()));
            for (WhereToInject.Point point : target.points()) {
                InjectionPoint p = point.point();
                assertTrue(closeUp.shot().markers().stream().anyMatch(m -> m.marker().label().equals(
                        String.valueOf(point.number())) && m.marker().x() == (float) p.x()
                        && m.marker().y() == (float) p.y() && m.marker().z() == (float) p.z()),
                        "point " + point.number() + " of " + target.target().muscleId() + " in " + closeUp.picture()
                                .caption());
                checked++;
            }
        }
        assertEquals(5, checked, "the biceps' two, the forearm flexor's one and the calf's two");
    }

    /** Every corner of a box projects into the picture, clear of its edges. */
    private static void assertInside(PlanPictures.Framed f, Scene.Bounds box, String what) {
        for (float[] corner : box.corners()) {
            float[] p = f.shot().camera().project(corner[0], corner[1], corner[2], WIDTH, HEIGHT);
            String where = what + " in " + f.picture().caption() + ": corner at " + p[0] + ", " + p[1];
            assertTrue(p[0] >= WIDTH * MARGIN && p[0] <= WIDTH * (1 - MARGIN), where);
            assertTrue(p[1] >= HEIGHT * MARGIN && p[1] <= HEIGHT * (1 - MARGIN), where);
        }
    }

    /**
     * The example plan's patient, with the left biceps and forearm flexor and the right calf treated, points placed.
     */
    private static PlanFacts leftArmAndRightLeg() throws Exception {
        Plan example = TreatmentPlanPdfTest.example();
        List<Target> targets = new ArrayList<>();
        targets.add(target("biceps_brachii", Side.LEFT, "100", pointsOn("biceps_brachii", Side.LEFT, 1, 0.03, -0.03)));
        targets.add(target("flexor_carpi_radialis", Side.LEFT, "40", pointsOn("flexor_carpi_radialis", Side.LEFT, 1,
                0)));
        targets.add(target("gastrocnemius_medial", Side.RIGHT, "75", pointsOn("gastrocnemius_medial", Side.RIGHT, -1,
                0.03, -0.03)));
        return new PlanFacts(example.patient(), example.session().withTargets(targets), example.history(),
                ReferenceData.builtIn());
    }

    private static Target target(String muscle, Side side, String units, List<InjectionPoint> points) {
        return new Target(muscle, side, new BigDecimal(units), points.size(), Guidance.ULTRASOUND, points, "");
    }

    /**
     * Points of a muscle's front (+1) or back (-1) surface, at heights around its centre, as clicks from that side
     * place them.
     */
    private static List<InjectionPoint> pointsOn(String id, Side side, int facing, double... heights) {
        Muscle muscle = atlas.find(id, side).orElseThrow();
        RayPicker picker = new RayPicker(atlas);
        Vec3 c = muscle.centre();
        List<InjectionPoint> points = new ArrayList<>();
        for (double dy : heights) {
            Vec3 p = picker.surfacePoint(muscle, new Vec3(c.x(), c.y() + dy, c.z() + 2 * facing),
                    new Vec3(0, 0, -facing)) .orElseThrow(() -> new AssertionError(id + " has no surface at " + dy));
            points.add(new InjectionPoint(p.x(), p.y(), p.z()));
        }
        return points;
    }
}
