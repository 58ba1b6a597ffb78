package org.myoplan.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.store.AtlasStore;
import org.myoplan.documents.ClinicHeader;
import org.myoplan.documents.ConsentSheetPdf;
import org.myoplan.documents.PaperSize;
import org.myoplan.documents.PlanExport;
import org.myoplan.documents.PlanPictures;
import org.myoplan.dosing.json.PlanInputException;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.history.HistoryException;
import org.myoplan.history.HistorySettings;
import org.myoplan.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** myoplan export PLAN.json: the treatment plan and consent sheet PDFs of a plan, for batch printing. */
@Command(name = "export",
        description =
                {"Writes the treatment plan and the consent sheet of a plan file (the format of 'check'), or of a "
                    + "session in the patient records, as PDF.",
            "Pictures of the targets need OpenGL (on a server, a display such as Xvfb); without it the PDFs are "
                + "written without them.",
            "Exit codes: 0 written, 2 invalid input, 3 the files could not be written."},
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PLAN", arity = "0..1", description = "The plan file (JSON); or give --session.")
    private Path plan;

    @Option(names = "--session", paramLabel = "ID",
            description = "A session from the patient records instead of a plan file.")
    private Long session;

    @Option(names = "--records", paramLabel = "DIR",
            description =
                    "The folder of the patient records file (default: the application's, "
                        + "~/.myoplan/userdir/patient-records).")
    private Path records;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "The patient records on an H2 server instead of a file.")
    private String jdbc;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder for the PDFs (default: the current one).")
    private Path out;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4", description = "A4 (default) or LETTER.")
    private PaperSize paper;

    @Option(names = "--clinic", paramLabel = "NAME", description = "The clinic's name for the header.")
    private String clinic;

    @Option(names = "--address", paramLabel = "LINE", description = "A line of the clinic's address (repeat for more).")
    private List<String> address = new ArrayList<>();

    @Option(names = "--logo", paramLabel = "FILE", description = "The clinic's logo (PNG or JPEG) for the header.")
    private Path logo;

    @Option(names = "--consent-template", paramLabel = "FILE",
            description = "The clinic's own consent wording (see the README).")
    private Path consentTemplate;

    @Option(names = "--no-pictures", description = "Leave out the 3D pictures (no OpenGL needed).")
    private boolean noPictures;

    @Option(names = "--userdir", paramLabel = "DIR",
            description = "The application's user directory: the pictures draw the atlas imported there "
                + "(var/myoplan/atlas/), and the points are described on it (default: the built-in atlas).")
    private Path userDir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((plan == null) == (session == null)) {
            err.println("myoplan export: give either a plan file or --session ID");
            return 2;
        }
        Plan document;
        try {
            document = plan != null ? fromFile() : StoredPlans.read(settings(), session);
        } catch (NoSuchFileException e) {
            err.println("myoplan export: no such file: " + plan);
            return 2;
        } catch (PlanInputException e) {
            e.problems().forEach(problem -> err.println((plan != null ? plan + ": " : "myoplan export: ") + problem));
            return 2;
        } catch (IOException e) {
            err.println("myoplan export: " + plan + " cannot be read: " + e.getMessage());
            return 2;
        } catch (HistoryException e) {
            err.println("myoplan export: " + e.getMessage());
            return 2;
        }
        BufferedImage logoImage = null;
        if (logo != null) {
            try {
                logoImage = ImageIO.read(logo.toFile());
            } catch (IOException e) {
                logoImage = null;
            }
            if (logoImage == null) {
                err.println("myoplan export: the logo " + logo + " is not a readable PNG or JPEG image");
                return 2;
            }
        }
        ClinicHeader header = new ClinicHeader(clinic, address, logoImage);
        Atlas atlas = atlas(err);
        try (PlanPictures pictures = noPictures ? null : new PlanPictures(atlas)) {
            ConsentSheetPdf consent = consentTemplate == null ? ConsentSheetPdf.builtIn(header, paper)
                    : ConsentSheetPdf.fromTemplate(header, paper, consentTemplate);
            PlanExport.Written written = new PlanExport(header, paper, consent).write(document, ReferenceData.builtIn(),
                    atlas, pictures, out);
            if (!noPictures && !written.withPictures()) {
                err.println("myoplan export: the 3D pictures could not be drawn (" + written.picturesProblem()
                        + "); the PDFs are written without them");
            }
            spec.commandLine().getOut().println(written.plan());
            spec.commandLine().getOut().println(written.consent());
            return 0;
        } catch (IOException e) {
            err.println("myoplan export: cannot write the PDFs: " + e.getMessage());
            return 3;
        }
    }

    /**
     * The atlas kept in the user directory when one is given and its file reads (the atlas the application
     * shows, on which its plans' points were placed), else the built-in atlas, saying why on standard error.
     */
    private Atlas atlas(PrintWriter err) {
        if (userDir == null) {
            return Atlas.loadDefault();
        }
        Path kept = AtlasStore.fileIn(userDir);
        if (!Files.isRegularFile(kept)) {
            err.println("myoplan export: no imported atlas in " + userDir + " (" + kept + "); drawing the built-in "
                    + "atlas");
            return Atlas.loadDefault();
        }
        try {
            return AtlasStore.read(kept);
        } catch (IOException | AtlasFormatException e) {
            err.println("myoplan export: the imported atlas cannot be read (" + e.getMessage() + "); drawing the "
                    + "built-in atlas");
            return Atlas.loadDefault();
        }
    }

    private Plan fromFile() throws IOException, PlanInputException {
        try (Reader in = Files.newBufferedReader(plan, StandardCharsets.UTF_8)) {
            return new PlanJsonReader().read(in);
        }
    }

    private HistorySettings settings() {
        Path folder = records != null ? records : Path.of(System.getProperty("user.home"), ".myoplan", "userdir",
                "patient-records");
        HistorySettings settings = HistorySettings.inDirectory(folder);
        return jdbc == null ? settings : settings.withJdbcUrl(jdbc, null, null);
    }
}
