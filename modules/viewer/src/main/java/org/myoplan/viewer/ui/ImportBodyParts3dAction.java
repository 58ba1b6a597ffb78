package org.myoplan.viewer.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.myoplan.atlas.bodyparts3d.BodyParts3dImporter;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;

/**
 * Tools > Anatomy Atlas > Import BodyParts3D...: the official archive ({@code isa_BP3D_4.0_obj_99.zip}
 * as downloaded) or its unpacked folder becomes the atlas shown, kept in the user directory.
 */
@ActionID(category = "Tools", id = "org.myoplan.viewer.ui.ImportBodyParts3dAction")
@ActionRegistration(displayName = "#CTL_ImportBodyParts3d")
@ActionReference(path = "Menu/Tools/AnatomyAtlas", position = 100)
@Messages({
    "MENU_AnatomyAtlas=Anatomy Atlas",
    "CTL_ImportBodyParts3d=Import BodyParts3D...",
    "TITLE_ChooseBodyParts3d=BodyParts3D Archive or Folder",
    "LBL_BodyParts3dFiles=BodyParts3D 4.0 archive (isa_BP3D_4.0_obj_99.zip) or its folder",
    "LBL_Import=Import",
    "# {0} - the file or folder",
    "PROGRESS_ImportBodyParts3d=Importing BodyParts3D from {0}",
    "# {0} - the file or folder", "# {1} - provenance", "# {2} - what the import says",
    "MSG_BodyParts3dImported=The atlas imported from {0} is shown now:\n{1}{2}"
})
public final class ImportBodyParts3dAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        File source = chooser().showOpenDialog();
        if (source == null) {
            return;
        }
        DefaultAtlasService atlases = DefaultAtlasService.get();
        AtlasImports.run(Bundle.PROGRESS_ImportBodyParts3d(source.getName()), source.toPath(), progress -> {
            BodyParts3dImporter.Result result = BodyParts3dImporter.importArchive(source.toPath(), atlases.builtIn(),
                    progress);
            String notes = result.notes().isEmpty() ? "" : "\n\n" + String.join("\n", result.notes());
            return new AtlasImports.Imported(result.atlas(),
                    Bundle.MSG_BodyParts3dImported(source, result.atlas().provenance().description(), notes));
        });
    }

    /** The archive or its folder: both are offered, and the button says Import (not Open). */
    static FileChooserBuilder chooser() {
        return new FileChooserBuilder(ImportBodyParts3dAction.class).setTitle(Bundle.TITLE_ChooseBodyParts3d())
                .setFileFilter(new FileNameExtensionFilter(Bundle.LBL_BodyParts3dFiles(), "zip"))
                .setApproveText(Bundle.LBL_Import());
    }
}
