package org.myoplan.documents;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Plan;

class ConsentSheetPdfTest {

    private static final ClinicHeader CLINIC = new ClinicHeader("Spasticity Clinic", List.of("12 Rehabilitation Road"));

    private static PlanFacts plan() throws Exception {
        Plan doc = TreatmentPlanPdfTest.example();
        return new PlanFacts(doc.patient(), doc.session(), doc.history(), ReferenceData.builtIn());
    }

    @Test
    void theBuiltInSheetCoversWhatConsentNeeds() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsentSheetPdf.builtIn(CLINIC, PaperSize.LETTER).write(plan(), out);
        Files.write(Path.of("target/consent-example.pdf"), out.toByteArray());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String wanted : List.of("Maria Novak", "H-204518", "onabotulinumtoxinA (BOTOX), 250 U in all",
                    "Biceps brachii (left)", "What will be done", "Risks and side effects",
                    "spread of the toxin's effect", "trouble swallowing or speaking", "Other treatments", "intrathecal",
                    "Your questions", "Anticoagulants (bleeding or bruising risk) yes", "Patient or representative",
                    "Witness", "Interpreter", "Clinician: Dr Lehmann")) {
                if (wanted.equals("intrathecal")) {
                    assertTrue(text.contains("baclofen given into the spine"),
                            "intrathecal baclofen is offered, in plain words");
                    continue;
                }
                assertTrue(text.contains(wanted), wanted + " in: " + text);
            }
            TreatmentPlanPdfTest.assertAllFontsEmbedded(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(i, 60), "png",
                        new File("target/consent-page" + (i + 1) + ".png"));
            }
        }
    }

    @Test
    void aClinicsOwnTemplateReplacesTheWording(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("consent.txt");
        Files.writeString(template, "## Einwilligung\nPatientin: {patient}\n[screening]\n[signatures]\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsentSheetPdf.fromTemplate(CLINIC, PaperSize.A4, template).write(plan(), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Einwilligung") && text.contains("Patientin: Maria Novak"), text);
            assertTrue(!text.contains("What will be done"), "the built-in wording is not used");
        }
    }

    @Test
    void anUnreadableTemplateIsAClearError(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("consent.txt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd});
        IOException e = assertThrows(IOException.class, () -> ConsentSheetPdf.fromTemplate(CLINIC, PaperSize.A4,
                binary));
        assertTrue(e.getMessage().contains("not a UTF-8 text file"), e.getMessage());
    }
}
