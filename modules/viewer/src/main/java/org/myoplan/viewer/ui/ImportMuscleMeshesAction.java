package org.myoplan.viewer.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.ImportProblem;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.ObjAtlasImporter;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;

/**
 * Tools > Anatomy Atlas > Import Muscle Meshes (OBJ folder)...: a clinic's own meshes (a folder of OBJ
 * files and its mapping.csv, as {@code myoplan muscles --atlas} checks it) replace the mapped muscles
 * of the atlas shown; every problem is listed with its file and line.
 */
@ActionID(category = "Tools", id = "org.myoplan.viewer.ui.ImportMuscleMeshesAction")
@ActionRegistration(displayName = "#CTL_ImportMuscleMeshes")
@ActionReference(path = "Menu/Tools/AnatomyAtlas", position = 200)
@Messages({
    "CTL_ImportMuscleMeshes=Import Muscle Meshes (OBJ folder)...",
    "TITLE_ChooseMeshFolder=Folder of OBJ Files with mapping.csv",
    "# {0} - folder",
    "PROGRESS_ImportMeshes=Importing muscle meshes from {0}",
    "# {0} - how many", "# {1} - their names",
    "MSG_MeshesReplaced={0,choice,1#1 muscle has|1<{0,number,integer} muscles have} its mesh from the folder: {1}.",
    "# {0} - how many", "# {1} - the problems, one a line",
    "MSG_MeshProblems=\n\n{0,choice,1#1 problem|1<{0,number,integer} problems}"
        + " (those muscles keep the meshes they had):\n{1}",
    "# {0} - the problems, one a line",
    "MSG_NoMeshUsed=No muscle could take a mesh from the folder:\n{0}"
})
public final class ImportMuscleMeshesAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        File folder = new FileChooserBuilder(ImportMuscleMeshesAction.class).setTitle(Bundle.TITLE_ChooseMeshFolder())
                .setDirectoriesOnly(true).setApproveText(Bundle.LBL_Import()).showOpenDialog();
        if (folder == null) {
            return;
        }
        Atlas base = DefaultAtlasService.get().current();
        AtlasImports.run(Bundle.PROGRESS_ImportMeshes(folder.getName()), folder.toPath(), progress -> {
            ObjAtlasImporter.Result result = new ObjAtlasImporter(base).importFrom(folder.toPath());
            if (result.replacedKeys().isEmpty()) {
                throw new AtlasImports.NothingImported(Bundle.MSG_NoMeshUsed(lines(result.problems())));
            }
            return new AtlasImports.Imported(result.atlas(), report(result));
        });
    }

    /** Which muscles took a mesh, by name, then each problem on a line of its own. */
    static String report(ObjAtlasImporter.Result result) {
        String replaced = result.replacedKeys().stream()
                .map(key -> result.atlas().muscle(key).map(Muscle::label).orElse(key))
                        .collect(Collectors.joining(", "));
        String problems = result.ok() ? "" : Bundle.MSG_MeshProblems(result.problems().size(),
                lines(result.problems()));
        return Bundle.MSG_MeshesReplaced(result.replacedKeys().size(), replaced) + problems;
    }

    private static String lines(List<ImportProblem> problems) {
        return problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
    }
}
