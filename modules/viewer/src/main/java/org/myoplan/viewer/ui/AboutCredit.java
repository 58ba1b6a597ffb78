package org.myoplan.viewer.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.atlas.Atlas;
import org.myoplan.ui.support.Html;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * The About box's line for the atlas shown, where its licence asks for an attribution: the platform's
 * About box adds the text of every file in the configuration folder {@code About/Licenses} below its own,
 * read each time it opens. Rewritten when the atlas changes; removed for Myoplan's own atlas.
 */
@Messages({
    "# {0} - the atlas's description", "# {1} - its attribution",
    "LBL_AboutAtlas=<b>Anatomy:</b> {0}.<br>{1}"
})
final class AboutCredit {

    static final String FILE = "About/Licenses/myoplan-anatomy-atlas.html";
    private static final Logger LOG = Logger.getLogger(AboutCredit.class.getName());
    private static final RequestProcessor WRITER = new RequestProcessor("About box credit", 1);

    private AboutCredit() {
    }

    /** Shows the atlas's attribution in the About box from now on (written in the background). */
    static void show(Atlas atlas) {
        WRITER.post(() -> write(atlas));
    }

    private static void write(Atlas atlas) {
        String attribution = atlas.provenance().attribution();
        try {
            FileObject existing = FileUtil.getConfigFile(FILE);
            if (attribution.isEmpty()) {
                if (existing != null) {
                    existing.delete();
                }
                return;
            }
            FileObject file = existing != null ? existing : FileUtil.createData(FileUtil.getConfigRoot(), FILE);
            try (OutputStream out = file.getOutputStream()) {
                String line = Bundle.LBL_AboutAtlas(Html.escape(atlas.provenance().description()),
                        Html.escape(attribution));
                out.write(ascii(line).getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            // only the About box lacks the line; the 3D View and the documents still carry the attribution
            LOG.log(Level.INFO, "The About box's atlas credit could not be written: {0}", e.toString());
        }
    }

    /** The platform reads the file in the system's charset: anything beyond ASCII goes as an HTML entity. */
    static String ascii(String html) {
        StringBuilder text = new StringBuilder();
        html.codePoints().forEach(c -> {
            if (c < 128) {
                text.append((char) c);
            } else {
                text.append("&#").append(c).append(';');
            }
        });
        return text.toString();
    }
}
