package org.myoplan.documents.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.myoplan.documents.ClinicHeader;
import org.myoplan.documents.ConsentSheetPdf;
import org.myoplan.documents.PaperSize;
import org.openide.util.NbPreferences;

/** The clinic's header, paper and consent wording for documents, as set in Tools > Options > Documents. */
public final class DocumentSettings {

    static final String CLINIC = "clinic";
    static final String ADDRESS = "address";
    static final String LOGO = "logo";
    static final String PAPER = "paper";
    static final String CONSENT = "consentTemplate";

    private DocumentSettings() {
    }

    static Preferences node() {
        return NbPreferences.forModule(DocumentSettings.class);
    }

    public static PaperSize paper() {
        try {
            return PaperSize.valueOf(node().get(PAPER, PaperSize.A4.name()));
        } catch (IllegalArgumentException e) {
            return PaperSize.A4;
        }
    }

    /**
     * @throws IOException when the logo is set but cannot be read; the message names it
     */
    public static ClinicHeader header() throws IOException {
        String logoPath = node().get(LOGO, "");
        BufferedImage logo = null;
        if (!logoPath.isBlank()) {
            logo = ImageIO.read(Path.of(logoPath).toFile());
            if (logo == null) {
                throw new IOException("the clinic logo " + logoPath + " is not a PNG or JPEG image");
            }
        }
        return new ClinicHeader(node().get(CLINIC, ""), List.of(node().get(ADDRESS, "").split("\n")), logo);
    }

    /**
     * @throws IOException when the clinic's template is set but cannot be read; the message names it
     */
    public static ConsentSheetPdf consent(ClinicHeader header) throws IOException {
        String template = node().get(CONSENT, "");
        return template.isBlank() ? ConsentSheetPdf.builtIn(header, paper())
                : ConsentSheetPdf.fromTemplate(header, paper(), Path.of(template));
    }
}
