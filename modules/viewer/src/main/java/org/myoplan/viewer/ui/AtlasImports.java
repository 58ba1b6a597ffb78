package org.myoplan.viewer.ui;

import java.awt.EventQueue;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.AtlasFormatException;
import org.myoplan.atlas.bodyparts3d.ImportProgress;
import org.myoplan.viewer.api.AtlasService;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * Runs an atlas import in the background with a progress bar and Cancel, never holding up the windows.
 * On success the atlas is kept in the user directory and shown, and the user reads what the import
 * says; on failure the message names the file, and the application keeps the atlas it shows.
 */
@Messages({
    "TITLE_ImportFailed=Anatomy Atlas Not Imported",
    "# {0} - the file or folder", "# {1} - reason",
    "MSG_ImportFailed=The atlas could not be imported from\n{0}:\n\n{1}\n\nMyoplan keeps showing the atlas it showed.",
    "# {0} - the file or folder",
    "MSG_ImportCancelled=Atlas import from {0} cancelled; the atlas shown is unchanged",
    "TITLE_Imported=Anatomy Atlas Imported",
    "# {0} - reason",
    "MSG_NotKept=\n\nThe atlas is shown now but could not be kept for the next start ({0}); import it again then."
})
final class AtlasImports {

    /** An import: reads the source, reporting its steps, and says what it made. */
    @FunctionalInterface
    interface Work {
        Imported run(ImportProgress progress) throws Exception;
    }

    /** The imported atlas, and the report the user reads about it (what was replaced, the problems met). */
    record Imported(Atlas atlas, String report) {
    }

    /** What the user is told when an import gives nothing to show. */
    static final class NothingImported extends Exception {

        NothingImported(String message) {
            super(message);
        }
    }

    /** The report's text area (the GUI tests read it). */
    static final String REPORT_NAME = "atlas.report";
    private static final int REPORT_ROWS = 16;
    private static final int REPORT_COLUMNS = 60;
    private static final Logger LOG = Logger.getLogger(AtlasImports.class.getName());
    private static final RequestProcessor IMPORTER = new RequestProcessor("Atlas import", 1);

    private AtlasImports() {
    }

    /** Imports from {@code source} under a progress bar titled {@code title}; one import at a time. */
    static void run(String title, Path source, Work work) {
        IMPORTER.post(() -> {
            ProgressOfImport progress = new ProgressOfImport(title);
            progress.start();
            try {
                Imported imported = work.run(progress);
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                String notKept = keep(imported.atlas());
                AtlasService.getDefault().use(imported.atlas());
                EventQueue.invokeLater(() -> tell(Bundle.TITLE_Imported(), imported.report() + notKept,
                        NotifyDescriptor.INFORMATION_MESSAGE));
            } catch (CancellationException e) {
                StatusDisplayer.getDefault().setStatusText(Bundle.MSG_ImportCancelled(source));
            } catch (AtlasFormatException | NothingImported e) {
                failed(source, e.getMessage());
            } catch (Exception e) {
                // not a problem of the file's own (a disk full, a defect): the log keeps the details
                LOG.log(Level.WARNING, "Importing the atlas from " + source + " failed", e);
                failed(source, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } finally {
                progress.finish();
            }
        });
    }

    /** Keeps the atlas for the next start; what went wrong, as a sentence for the report, or nothing. */
    private static String keep(Atlas atlas) {
        try {
            DefaultAtlasService.get().keep(atlas);
            return "";
        } catch (Exception e) {
            // the atlas is still shown; the user learns that the next start will not have it
            LOG.log(Level.INFO, "The imported atlas could not be kept: {0}", e.toString());
            return Bundle.MSG_NotKept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static void failed(Path source, String reason) {
        EventQueue.invokeLater(() -> tell(Bundle.TITLE_ImportFailed(), Bundle.MSG_ImportFailed(source, reason),
                NotifyDescriptor.ERROR_MESSAGE));
    }

    /** A message in a text area: a list of problems stays readable, scrolls, and can be copied for support. */
    private static void tell(String title, String message, int type) {
        JTextArea text = new JTextArea(message, Math.min(REPORT_ROWS, message.split("\n", -1).length), REPORT_COLUMNS);
        text.setName(REPORT_NAME);
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setCaretPosition(0);
        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setViewportBorder(null);
        scroll.getViewport().setOpaque(false);
        scroll.setOpaque(false);
        NotifyDescriptor.Message descriptor = new NotifyDescriptor.Message(scroll, type);
        descriptor.setTitle(title);
        DialogDisplayer.getDefault().notify(descriptor);
    }
}
