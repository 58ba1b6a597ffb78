package org.myoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.store.AtlasStore;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistorySettings;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Plan;

/** myoplan export end to end (the pictures need a display: the test command provides Xvfb). */
class ExportCommandTest {

    private static final String EXAMPLE = "../../docs/examples/plan-example.json";
    private final CommandRun cli = new CommandRun();

    @Test
    void writesThePlanWithPicturesAndTheConsent(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run("export", "--out", dir.toString(), "--clinic", "Ward 4", "--paper", "LETTER", EXAMPLE),
                cli::err);
        List<String> written = cli.out().lines().toList();
        assertEquals(2, written.size(), cli::out);
        Path plan = Path.of(written.get(0)), consent = Path.of(written.get(1));
        assertTrue(plan.getFileName().toString().equals("plan-H-204518-2026-11-28.pdf"), plan.toString());
        try (PDDocument document = Loader.loadPDF(plan.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ward 4") && text.contains("Maria Novak") && text.contains("target muscle"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("Where to inject"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("% of the way from the lateral epicondyle of the humerus"),
                    "the example's point in words: " + text);
            int blue = 0; // the pictures (the body, then a close-up of each treated region) may run over two pages
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                blue += countBlue(new PDFRenderer(document).renderImageWithDPI(page, 50));
            }
            assertTrue(blue > 50, "the pictures show the targets in blue");
            Files.copy(plan, Path.of("target/export-example-plan.pdf"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument document = Loader.loadPDF(consent.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Consent to botulinum toxin treatment"));
        }
    }

    /** The atlas imported into the user directory is drawn, credited and measured on; a bad one is said and skipped. */
    @Test
    void theAtlasKeptInTheUserDirectoryIsTheOneDrawn(@TempDir Path dir) throws Exception {
        Atlas builtIn = Atlas.loadDefault();
        Atlas imported = Atlas.of(builtIn.muscles(), builtIn.bones(), builtIn.skin(), builtIn.groups(),
                builtIn.patternIds(), new Atlas.Provenance("a test's imported atlas", "Test Anatomy, CC BY-SA"));
        Path userDir = dir.resolve("userdir");
        AtlasStore.write(imported, AtlasStore.fileIn(userDir));
        assertEquals(0, cli.run("export", "--userdir", userDir.toString(), "--out", dir.resolve("kept").toString(),
                EXAMPLE), cli::err);
        String text = planText(cli.out());
        assertTrue(text.contains("Anatomy: Test Anatomy, CC BY-SA"), "the pictures' pages credit the kept atlas: "
                + text);
        assertTrue(text.contains("measured on a test's imported atlas"), text);
        assertEquals("", cli.err());

        Files.writeString(AtlasStore.fileIn(userDir), "not an atlas");
        CommandRun damaged = new CommandRun();
        assertEquals(0, damaged.run("export", "--no-pictures", "--userdir", userDir.toString(), "--out",
                dir.resolve("damaged").toString(), EXAMPLE), damaged::err);
        assertTrue(damaged.err().contains("the imported atlas cannot be read (" + AtlasStore.fileIn(userDir)),
                damaged::err);
        assertTrue(damaged.err().contains("drawing the built-in atlas"), damaged::err);
        assertTrue(planText(damaged.out()).contains("measured on " + Atlas.Provenance.BUILT_IN.description()));

        CommandRun empty = new CommandRun();
        assertEquals(0, empty.run("export", "--no-pictures", "--userdir", dir.resolve("none").toString(), "--out",
                dir.resolve("none-out").toString(), EXAMPLE), empty::err);
        assertTrue(empty.err().contains("no imported atlas in " + dir.resolve("none")), empty::err);
    }

    private static String planText(String printed) throws Exception {
        try (PDDocument document = Loader.loadPDF(Path.of(printed.lines().findFirst().orElseThrow()).toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void withoutPicturesAndWithBadInput(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run("export", "--no-pictures", "--out", dir.toString(), EXAMPLE), cli::err);
        try (PDDocument document = Loader.loadPDF(Path.of(cli.out().lines().findFirst().orElseThrow()).toFile())) {
            assertTrue(!new PDFTextStripper().getText(document).contains("Targets on the body"));
        }
        assertEquals(2, cli.run("export", "--out", dir.toString(), "no-such-plan.json"));
        assertTrue(cli.err().contains("no such file: no-such-plan.json"), cli::err);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"patient\": {}}");
        assertEquals(2, cli.run("export", "--out", dir.toString(), bad.toString()));
        assertTrue(cli.err().contains("patient.recordNumber: is missing"), cli::err);
    }

    @Test
    void aSessionFromThePatientRecords(@TempDir Path dir) throws Exception {
        Plan plan;
        try (Reader in = Files.newBufferedReader(Path.of(EXAMPLE))) {
            plan = new PlanJsonReader().read(in);
        }
        Path records = dir.resolve("records");
        long id;
        try (var database = HistoryDatabase.open(HistorySettings.inDirectory(records))) {
            database.patients().save(plan.patient(), "test");
            database.sessions().add(plan.patient().recordNumber(), plan.history().get(0), List.of(), "test");
            id = database.sessions().add(plan.patient().recordNumber(), plan.session(), List.of(
                    new Acknowledgement("screening:anticoagulants", "INR 2.4, pressure after",
                            "Dr Lehmann", Instant.parse("2026-11-28T09:40:00Z"), false)), "test");
        }
        assertEquals(0, cli.run("export", "--session", String.valueOf(id), "--records", records.toString(),
                "--no-pictures",
                "--out", dir.toString()), cli::err);
        try (PDDocument document = Loader.loadPDF(Path.of(cli.out().lines().findFirst().orElseThrow()).toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Maria Novak") && text.contains("Biceps brachii left 100 U"), text);
            assertTrue(text.contains("Acknowledged by Dr Lehmann: INR 2.4, pressure after"), text);
        }
        assertEquals(2, cli.run("export", "--session", "999", "--records", records.toString(),
                "--out", dir.toString()));
        assertTrue(cli.err().contains("no session 999 in the patient records"), cli::err);
        assertEquals(2, cli.run("export", "--out", dir.toString()));
        assertTrue(cli.err().contains("give either a plan file or --session ID"), cli::err);
    }

    private static int countBlue(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y), r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (b > 150 && r < 100 && g < 140) {
                    count++;
                }
            }
        }
        return count;
    }
}
