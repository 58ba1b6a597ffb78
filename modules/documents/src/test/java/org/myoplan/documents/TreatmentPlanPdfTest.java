package org.myoplan.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.dosing.PlanCheck;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Patient;
import org.myoplan.model.Plan;
import org.myoplan.model.Session;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

class TreatmentPlanPdfTest {

    private static final ReferenceData REFERENCE = ReferenceData.builtIn();
    /** The atlas the example's injection point was placed on. */
    static final Atlas ATLAS = Atlas.loadDefault();
    private static final ClinicHeader CLINIC = new ClinicHeader("Spasticity Clinic, St Elsewhere Hospital",
            List.of("12 Rehabilitation Road, 1000 Ljubljana", "Tel. +386 1 000 00 00"));

    static Plan example() throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of("../../docs/examples/plan-example.json"))) {
            return new PlanJsonReader().read(in);
        }
    }

    static byte[] pdf(Plan plan, List<Picture> pictures) throws IOException {
        PlanCheck check = PlanCheck.of(plan, REFERENCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TreatmentPlanPdf(CLINIC, PaperSize.A4).write(check.facts(), check.review(),
                WhereToInject.of(ATLAS, plan.session()), pictures,
                List.of(new TreatmentPlanPdf.LegendEntry(new Color(40, 90, 230), "target"),
                        new TreatmentPlanPdf.LegendEntry(new Color(20, 200, 60), "injection point")), out);
        return out.toByteArray();
    }

    @Test
    void thePlanHoldsPatientTargetsTotalsAndFindings() throws Exception {
        Plan plan = example();
        byte[] bytes = pdf(plan, List.of(new Picture(body(Color.BLUE), "Anterior"), new Picture(body(Color.GREEN),
                "Posterior")));
        Files.write(Path.of("target/plan-example.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Maria Novak"), text);
            assertTrue(text.contains("H-204518"), text);
            assertTrue(text.contains("Spasticity Clinic, St Elsewhere Hospital"), text);
            assertTrue(text.contains("Biceps brachii left 100 U 4 0.5"), text);
            assertTrue(text.contains("Brachioradialis left 60 U 2 0.6"), text);
            assertTrue(text.contains("Flexor carpi radialis left 40 U 1 0.8"), text);
            assertTrue(text.contains("5 U per 0.1 mL"), text);
            assertTrue(text.contains("Totals: upper limbs 250 U, lower limbs 0 U, session 250 U"), text);
            assertTrue(text.contains("Anticoagulants"), text);
            assertTrue(text.contains("Acknowledged by Dr Lehmann: INR 2.4"), text);
            assertTrue(text.contains("page 1 of"), text);
            assertAllFontsEmbedded(document);
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ImageIO.write(first, "png", new File("target/plan-example-page1.png"));
        }
    }

    @Test
    void whereToInjectDescribesEveryPointWithTheSourcesDepths() throws Exception {
        Plan plan = example();
        WhereToInject sites = WhereToInject.of(ATLAS, plan.session());
        try (PDDocument document = Loader.loadPDF(pdf(plan, List.of()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Where to inject"), text);
            assertTrue(text.contains(WhereToInject.CAVEAT), text);
            int points = 0;
            for (WhereToInject.TargetSites target : sites.targets()) {
                for (WhereToInject.Point point : target.points()) {
                    assertTrue(point.description().isPresent(), "the example's point is described: " + point);
                    assertTrue(text.contains(point.number() + " " + point.text()), point.text() + " in " + text);
                    points++;
                }
                assertTrue(text.contains("Depth: " + target.depthText()), target.depthText() + " in " + text);
            }
            assertEquals(1, points, "the example has one injection point");
        }
    }

    @Test
    void aPlanWithoutInjectionPointsSaysSoInOneLine() throws Exception {
        Plan plan = example();
        Session bare = plan.session().withTargets(plan.session().targets().stream()
                .map(t -> t.withInjectionPoints(List.of())).toList());
        try (PDDocument document = Loader.loadPDF(pdf(new Plan(plan.patient(), plan.history(), bare, List.of()),
                List.of()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Where to inject No injection points are placed in this plan."), text);
            assertFalse(text.contains("Depth:"), text);
        }
    }

    @Test
    void everyPageWithAPictureOfAnAttributedAtlasCarriesItsCreditAndNoOtherPageDoes() throws Exception {
        String credit = "Anatomy: BodyParts3D, (c) The Database Center for Life Science"
                + " licensed under CC Attribution-Share Alike 2.1 Japan";
        List<Picture> pictures = new ArrayList<>();
        for (int i = 0; i < 8; i++) { // four rows of two: the pictures run onto a second page
            pictures.add(new Picture(body(Color.BLUE), "View " + i, credit));
        }
        try (PDDocument document = Loader.loadPDF(pdf(example(), pictures))) {
            PDFTextStripper stripper = new PDFTextStripper();
            int withPictures = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                boolean hasPicture = text.contains("View ");
                withPictures += hasPicture ? 1 : 0;
                assertEquals(hasPicture, text.contains(credit), "page " + page + ": " + text);
            }
            assertTrue(withPictures >= 2, "the pictures fill two pages or more: " + withPictures);
        }
        try (PDDocument plain = Loader.loadPDF(pdf(example(), List.of(new Picture(body(Color.BLUE), "Anterior"))))) {
            assertFalse(new PDFTextStripper().getText(plain).contains("Anatomy:"),
                    "Myoplan's own atlas owes no credit");
        }
    }

    @Test
    void theClinicsLogoHeadsThePage() throws Exception {
        Plan plan = example();
        PlanCheck check = PlanCheck.of(plan, REFERENCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TreatmentPlanPdf(new ClinicHeader("Ward 4", List.of(), body(Color.RED)), PaperSize.A4)
                .write(check.facts(), check.review(), WhereToInject.of(ATLAS, plan.session()), List.of(), List.of(),
                        out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            int images = 0;
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                images += document.getPage(0).getResources().isImageXObject(name) ? 1 : 0;
            }
            assertEquals(1, images, "the logo, and no pictures");
        }
    }

    @Test
    void sixtyTargetsBreakAcrossPagesWithTheHeaderRepeated() throws Exception {
        Plan plan = example();
        List<Target> many = new ArrayList<>();
        String[] muscles = {"biceps_brachii", "brachialis", "flexor_carpi_radialis", "soleus", "gastrocnemius_medial",
                "deltoid"};
        for (int i = 0; i < 60; i++) {
            many.add(Target.of(muscles[i % muscles.length], i % 2 == 0 ? Side.LEFT : Side.RIGHT, String.valueOf(10 + i),
                    1 + i % 3));
        }
        Session session = plan.session().withTargets(many);
        byte[] bytes = pdf(new Plan(plan.patient(), plan.history(), session, List.of()), List.of());
        Files.write(Path.of("target/plan-sixty-targets.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertTrue(second.contains("Muscle Side Units Sites"), "the table header repeats on page 2: " + second);
            String all = new PDFTextStripper().getText(document);
            for (int i = 0; i < 60; i++) {
                assertTrue(all.contains(" " + (10 + i) + " U "), "row with " + (10 + i) + " U");
            }
            assertTrue(all.contains("page 2 of " + document.getNumberOfPages()));
        }
    }

    @Test
    void namesInEveryScriptPrintAndAMissingGlyphIsReplaced() throws Exception {
        String[] names = {"Zoë Łukasiewicz-Ñúñez", "Γεώργιος Παπαδόπουλος", "Анна Иванова", "王小明", "山田 太郎",
            "김민준", "فاطمة الزهراء"};
        for (String name : names) {
            Plan plan = example();
            Patient p = plan.patient();
            Patient renamed = new Patient(p.recordNumber(), name + " \uD80C\uDC00", p.birthDate(), p.sex(), p.weight(),
                    p.indication(), p.screening());
            byte[] bytes = pdf(new Plan(renamed, plan.history(), plan.session(), plan.acknowledgements()), List.of());
            try (PDDocument document = Loader.loadPDF(bytes)) {
                String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
                String wanted = Normalizer.normalize(name, Normalizer.Form.NFKC);
                String reversed = new StringBuilder(wanted).reverse().toString();
                assertTrue(text.contains(wanted) || text.contains(reversed) || containsLetters(text, wanted),
                        name + " prints: " + text.substring(0, Math.min(300, text.length())));
                assertAllFontsEmbedded(document);
            }
        }
    }

    /**
     * A right-to-left name inside the left-to-right patient line keeps the line's order: the name
     * first, then ", born ..." and the record number, each run laid out in its own direction.
     */
    @Test
    void aRightToLeftNameKeepsThePatientLineInOrder() throws Exception {
        for (String name : new String[] {"فاطمة الزهراء", "דוד כהן"}) {
            Plan plan = example();
            Patient p = plan.patient();
            Patient renamed = new Patient(p.recordNumber(), name, p.birthDate(), p.sex(), p.weight(), p.indication(),
                    p.screening());
            byte[] bytes = pdf(new Plan(renamed, plan.history(), plan.session(), plan.acknowledgements()), List.of());
            try (PDDocument document = Loader.loadPDF(bytes)) {
                String line = VisualLines.of(document, 1).stream().filter(l -> l.contains("record " + p.recordNumber()))
                        .findFirst().orElseThrow(() -> new AssertionError("no patient line for " + name));
                int born = line.indexOf(", born ");
                assertTrue(born > 0, name + ": the comma follows the name: " + line);
                assertTrue(line.indexOf("record " + p.recordNumber()) > born, name + ": the record number comes last: "
                        + line);
                for (int i = 0; i < line.length(); i++) {
                    byte direction = Character.getDirectionality(line.charAt(i));
                    if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                            || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                        assertTrue(i < born, name + ": every letter of the name is left of \", born\": " + line);
                    }
                }
                String letters = line.substring(0, born).replaceFirst("^Patient", "").replace(" ", "");
                String wanted = Normalizer.normalize(name, Normalizer.Form.NFKC).replace(" ", "");
                assertEquals(new StringBuilder(wanted).reverse().toString(),
                        Normalizer.normalize(letters, Normalizer.Form.NFKC), name + ": the name reads right to left");
            }
        }
    }

    /** Arabic comes back from PDF text extraction in visual order; its letters must all be there. */
    private static boolean containsLetters(String text, String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(cp -> text.indexOf(cp) >= 0);
    }

    static void assertAllFontsEmbedded(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    private static BufferedImage body(Color colour) {
        BufferedImage image = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 300);
        g.setColor(colour);
        g.fillOval(70, 20, 60, 260);
        g.dispose();
        return image;
    }

    @SuppressWarnings("unused")
    private static BigDecimal units(String u) {
        return new BigDecimal(u);
    }

    @SuppressWarnings("unused")
    private static Instant now() {
        return Instant.now();
    }
}
