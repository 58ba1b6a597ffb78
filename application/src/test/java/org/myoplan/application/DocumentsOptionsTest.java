package org.myoplan.application;

import static org.myoplan.application.GuiTests.capture;
import static org.myoplan.application.GuiTests.saveScreenshot;
import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import junit.framework.Test;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/**
 * Tools > Options > Documents: the logo and the consent wording are files a clinic picks with
 * Browse... rather than typing a path; the chooser's button says Choose.
 */
public class DocumentsOptionsTest extends GuiTestCase {

    public DocumentsOptionsTest(String name) {
        super(name);
    }

    public static Test suite() {
        return GuiTests.suite(DocumentsOptionsTest.class);
    }

    public void testBrowseFillsInTheLogoAndTheConsentWording() throws Exception {
        File logo = new File(getWorkDir(), "clinic-logo.png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", logo);
        File wording = new File(getWorkDir(), "consent.txt");
        Files.writeString(wording.toPath(), "Consent to botulinum toxin treatment\n");

        JFrameOperator main = GuiTests.mainWindow();
        new JMenuBarOperator(main).pushMenuNoBlock("Tools|Options", "|");
        JDialogOperator options = new JDialogOperator(new GuiTests.TitleStartsWith("Options"));
        new JLabelOperator(options, "Documents").clickMouse();
        JTextFieldOperator clinic = new JTextFieldOperator(options, new NameComponentChooser("documents.clinic"));
        clinic.clearText();
        clinic.typeText("Spasticity Clinic");

        choose(options, "documents.logo.browse", "Clinic Logo", logo);
        JTextFieldOperator logoField = new JTextFieldOperator(options, new NameComponentChooser("documents.logo"));
        waitUntil("the logo's path is filled in", () -> logo.getAbsolutePath().equals(logoField.getText()));
        choose(options, "documents.consent.browse", "Consent Wording", wording);
        JTextFieldOperator consentField =
                new JTextFieldOperator(options, new NameComponentChooser("documents.consent"));
        waitUntil("the wording's path is filled in", () -> wording.getAbsolutePath().equals(consentField.getText()));
        saveScreenshot(capture(options.getSource()), "options-documents.png");
        // the platform's Options dialog finishes setting up its categories after it shows (and its event
        // queue is never quiet for long): closing it before that fails inside the platform
        Thread.sleep(1500);
        new JButtonOperator(options, "Cancel").push();
        options.waitClosed();
    }

    /** Pushes a Browse... button, checks the chooser says Choose, picks the file and pushes Choose. */
    private static void choose(JDialogOperator options, String button, String title, File file) throws Exception {
        new JButtonOperator(options, new NameComponentChooser(button)).pushNoBlock();
        GuiTests.pickInChooser(title, file, "Choose").waitClosed();
    }
}
