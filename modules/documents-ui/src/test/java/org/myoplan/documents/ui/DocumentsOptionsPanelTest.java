package org.myoplan.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsOptionsPanelTest {

    @Test
    void aLogoOrTemplateThatIsNotThereIsNamed(@TempDir Path dir) throws Exception {
        DocumentsOptionsPanel panel = new DocumentsOptionsPanel(() -> { });
        List<JTextField> fields = new ArrayList<>();
        for (Component c : panel.getComponents()) {
            if (c instanceof JTextField field) {
                fields.add(field);
            }
        }
        JTextField logo = fields.stream().filter(f -> "documents.logo".equals(f.getName())).findFirst().orElseThrow();
        assertTrue(panel.problem().isEmpty());
        logo.setText(dir.resolve("missing.png").toString());
        assertEquals("There is no file " + dir.resolve("missing.png") + ".", panel.problem().orElseThrow());
        Path real = Files.writeString(dir.resolve("logo.png"), "x");
        logo.setText(real.toString());
        assertTrue(panel.problem().isEmpty());
    }
}
