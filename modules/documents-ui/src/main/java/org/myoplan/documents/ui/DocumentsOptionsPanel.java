package org.myoplan.documents.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.myoplan.documents.PaperSize;
import org.myoplan.history.ui.api.Clinician;
import org.myoplan.ui.support.FormGrid;
import org.myoplan.ui.support.OptionsForm;
import org.myoplan.ui.support.TextChanges;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;

/** The Documents options: clinic name, the clinician, address, logo file, paper size, the clinic's consent template. */
@Messages({
    "LBL_Clinic=Clinic name:",
    "LBL_Clinician=Clinician:",
    "HINT_Clinician=The person working with Myoplan: recorded with new sessions and acknowledgements, printed on the "
        + "documents",
    "LBL_Address=Address:",
    "LBL_Logo=Logo (PNG or JPEG file):",
    "LBL_Paper=Paper:",
    "LBL_Consent=Consent wording (text file):",
    "HINT_Consent=Leave empty for Myoplan's own wording; a clinic's file uses the same simple format",
    "# {0} - file",
    "MSG_NoSuchFile=There is no file {0}.",
    "LBL_Browse=Browse...",
    "HINT_BrowseLogo=Choose the clinic's logo file",
    "HINT_BrowseConsent=Choose the clinic's consent wording",
    "TITLE_Logo=Clinic Logo",
    "TITLE_Consent=Consent Wording",
    "LBL_Images=Pictures (PNG, JPEG)",
    "LBL_TextFiles=Text files (*.txt)"
})
final class DocumentsOptionsPanel extends JPanel implements OptionsForm {

    private final JTextField clinic = new JTextField(30);
    private final JTextField clinician = new JTextField(30);
    private final JTextArea address = new JTextArea(3, 30);
    private final JTextField logo = new JTextField(30);
    private final JComboBox<PaperSize> paper = new JComboBox<>(PaperSize.values());
    private final JTextField consent = new JTextField(30);
    private final JLabel message = new JLabel(" ");
    private final Runnable onChange;
    /**
     * The settings as loaded, each field's text in the order of {@link #texts()}: what a change is measured against.
     */
    private List<String> loaded = List.of();
    private PaperSize loadedPaper;

    DocumentsOptionsPanel(Runnable onChange) {
        FormGrid grid = new FormGrid(this);
        this.onChange = onChange;
        consent.setToolTipText(Bundle.HINT_Consent());
        clinician.setToolTipText(Bundle.HINT_Clinician());
        clinic.setName("documents.clinic");
        clinician.setName("documents.clinician");
        logo.setName("documents.logo");
        consent.setName("documents.consent");
        grid.row(0, Bundle.LBL_Clinic(), clinic);
        grid.row(1, Bundle.LBL_Clinician(), clinician);
        grid.row(2, Bundle.LBL_Address(), new JScrollPane(address));
        grid.row(3, Bundle.LBL_Logo(), logo);
        browse(3, logo, "documents.logo.browse", Bundle.HINT_BrowseLogo(), logoChooser());
        grid.row(4, Bundle.LBL_Paper(), paper);
        grid.row(5, Bundle.LBL_Consent(), consent);
        browse(5, consent, "documents.consent.browse", Bundle.HINT_BrowseConsent(), consentChooser());
        grid.problemLine(6, 3, message);
        TextChanges.onChange(this::edited, clinic, clinician, address, logo, consent);
        paper.addActionListener(e -> edited());
        loaded = texts();
        loadedPaper = (PaperSize) paper.getSelectedItem();
    }

    @Override
    public void load() {
        Preferences p = DocumentSettings.node();
        clinic.setText(p.get(DocumentSettings.CLINIC, ""));
        clinician.setText(Clinician.name().orElse(""));
        address.setText(p.get(DocumentSettings.ADDRESS, ""));
        logo.setText(p.get(DocumentSettings.LOGO, ""));
        paper.setSelectedItem(DocumentSettings.paper());
        consent.setText(p.get(DocumentSettings.CONSENT, ""));
        loaded = texts();
        loadedPaper = (PaperSize) paper.getSelectedItem();
    }

    @Override
    public boolean store() {
        if (problem().isPresent() || !changed()) {
            return false;
        }
        Preferences p = DocumentSettings.node();
        p.put(DocumentSettings.CLINIC, clinic.getText().strip());
        Clinician.setName(clinician.getText());
        p.put(DocumentSettings.ADDRESS, address.getText().strip());
        p.put(DocumentSettings.LOGO, logo.getText().strip());
        p.put(DocumentSettings.PAPER, ((PaperSize) paper.getSelectedItem()).name());
        p.put(DocumentSettings.CONSENT, consent.getText().strip());
        load();
        return true;
    }

    @Override
    public boolean changed() {
        return !texts().equals(loaded) || paper.getSelectedItem() != loadedPaper;
    }

    /** The text fields' contents as they would be stored (without surrounding blanks). */
    private List<String> texts() {
        return Stream.of(clinic, clinician, address, logo, consent).map(field -> field.getText().strip()).toList();
    }

    /** A logo or template named but not there. */
    @Override
    public Optional<String> problem() {
        for (JTextField file : new JTextField[] {logo, consent}) {
            String text = file.getText().strip();
            if (!text.isEmpty() && !Files.isRegularFile(Path.of(text))) {
                return Optional.of(Bundle.MSG_NoSuchFile(text));
            }
        }
        return Optional.empty();
    }

    private void edited() {
        message.setText(problem().orElse(" "));
        onChange.run();
    }

    /** A Browse... button beside a typed path: the chosen file's path goes into the field. */
    private void browse(int y, JTextField field, String name, String tooltip, Supplier<FileChooserBuilder> chooser) {
        JButton button = new JButton(Bundle.LBL_Browse());
        button.setName(name);
        button.setToolTipText(tooltip);
        button.addActionListener(e -> {
            FileChooserBuilder builder = chooser.get();
            String typed = field.getText().strip();
            if (!typed.isEmpty() && Files.isRegularFile(Path.of(typed))) {
                builder.setDefaultWorkingDirectory(Path.of(typed).toAbsolutePath().getParent().toFile())
                        .forceUseOfDefaultWorkingDirectory(true);
            }
            File chosen = builder.showOpenDialog();
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        add(button, FormGrid.cell(2, y));
    }

    static Supplier<FileChooserBuilder> logoChooser() {
        return () ->
                new FileChooserBuilder(DocumentsOptionsPanel.class.getName() + ".logo").setTitle(Bundle.TITLE_Logo())
                .setFilesOnly(true).setFileFilter(new FileNameExtensionFilter(Bundle.LBL_Images(), "png", "jpg",
                "jpeg")) .setApproveText(Bundle.LBL_Choose());
    }

    static Supplier<FileChooserBuilder> consentChooser() {
        return () ->
                new FileChooserBuilder(DocumentsOptionsPanel.class.getName() + ".consent")
                .setTitle(Bundle.TITLE_Consent()) .setFilesOnly(true)
                .setFileFilter(new FileNameExtensionFilter(Bundle.LBL_TextFiles(), "txt"))
                .setApproveText(Bundle.LBL_Choose());
    }
}
