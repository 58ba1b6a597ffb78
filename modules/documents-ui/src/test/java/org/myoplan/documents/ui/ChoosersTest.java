package org.myoplan.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import org.junit.jupiter.api.Test;

/** File choosers say what their button does, and typed paths have a Browse... button beside them. */
class ChoosersTest {

    @Test
    void choosingAPlanSaysChooseAndChoosingTheFolderSaysExport() {
        JFileChooser plan = ExportPlanAction.planChooser("Plan to Export").createFileChooser();
        assertEquals("Choose", plan.getApproveButtonText());
        assertTrue(plan.getFileFilter().accept(new File("plan.json")));
        JFileChooser folder = ExportPlanAction.folderChooser().createFileChooser();
        assertEquals("Export", folder.getApproveButtonText());
        assertEquals(JFileChooser.DIRECTORIES_ONLY, folder.getFileSelectionMode());
        assertEquals("Choose", DocumentsOptionsPanel.logoChooser().get().createFileChooser().getApproveButtonText());
        assertEquals("Choose", DocumentsOptionsPanel.consentChooser().get().createFileChooser().getApproveButtonText());
    }

    @Test
    void theLogoAndTheConsentWordingHaveBrowseButtons() {
        DocumentsOptionsPanel panel = new DocumentsOptionsPanel(() -> { });
        List<String> browse = new ArrayList<>();
        for (Component c : panel.getComponents()) {
            if (c instanceof JButton button && "Browse...".equals(button.getText())) {
                browse.add(button.getName());
            }
        }
        assertEquals(List.of("documents.logo.browse", "documents.consent.browse"), browse);
    }

    @Test
    void afterAnExportThePlanOrItsFolderCanBeOpened() {
        assertEquals(List.of("Open Plan PDF", "Open Folder", "Close"),
                ExportedDocuments.buttons().stream().map(JButton::getText).toList());
    }
}
