package org.myoplan.planning.ui;

import java.awt.event.ActionListener;
import javax.swing.JButton;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JToggleButton;
import org.myoplan.model.Side;
import org.openide.awt.ToolbarWithOverflow;
import org.openide.util.NbBundle.Messages;

/**
 * The session editor's buttons on one line; those that find no room go into the "»" menu at its end,
 * none out of reach. A read-only plan has only those that change nothing: show, export, print.
 */
@Messages({
    "BTN_Save=Save",
    "# {0} - key",
    "TIP_Save=Saves the session in the patient''s records ({0})",
    "BTN_ShowTargets=Show Targets",
    "TIP_ShowTargets=Brings the plan's muscles into the 3D View",
    "BTN_WhereToInject=Guidance",
    "TIP_WhereToInject=Opens the Injection Guidance beside the 3D View: the selected target's suggested sites"
            + " with their sources, and its injection points in words",
    "BTN_Export=Export PDFs...",
    "TIP_Export=Writes the treatment plan and the consent sheet of this session as PDF",
    "BTN_Print=Print...",
    "# {0} - key",
    "TIP_Print=Prints the treatment plan through the system''s print dialog ({0})",
    "BTN_AddSelected=Add Selected Muscles",
    "TIP_AddSelected=Adds the muscles selected in the 3D View or the Muscles window as targets",
    "BTN_AddPattern=Add Pattern",
    "TIP_AddPattern=Adds a spasticity pattern's muscles (guide's starting doses for onabotulinumtoxinA)",
    "BTN_Remove=Remove Target",
    "# {0} - key",
    "TIP_Remove=Removes the selected targets ({0}); Edit > Undo brings them back",
    "BTN_PlaceSites=Place Sites",
    "TIP_PlaceSites=While pressed, a click on the selected target's muscle in the 3D View adds an injection point",
    "BTN_ClearSites=Clear Sites",
    "BTN_CopyForward=Copy Forward",
    "TIP_CopyForward=Adds the targets of the patient's last session",
    "SIDE_LEFT=left", "SIDE_RIGHT=right"
})
final class SessionToolbar extends ToolbarWithOverflow {

    /** What the buttons other than the targets' own ask of the editor. */
    interface Editor {
        void save();

        void showTargets();

        void exportDocuments();

        void printDocument();
    }

    private final TargetCommands targets;

    SessionToolbar(boolean editable, TargetCommands targets, Editor editor) {
        this.targets = targets;
        setDisplayOverflowOnHover(false); // the menu opens when asked for, not when the mouse passes
        setName("session.toolbar");
        setFloatable(false);
        if (editable) {
            editingButtons(editor);
            addSeparator();
        }
        add(button("session.frame", Bundle.BTN_ShowTargets(), Bundle.TIP_ShowTargets(), e -> editor.showTargets()));
        add(button("session.export", Bundle.BTN_Export(), Bundle.TIP_Export(), e -> editor.exportDocuments()));
        add(button("session.print", Bundle.BTN_Print(), Bundle.TIP_Print(EditorKeys.keyText(EditorKeys.PRINT_KEY)),
                e -> editor.printDocument()));
        // last: on a narrow screen it is the one to go into the overflow menu (also Window > Injection Guidance)
        add(button("session.guidance", Bundle.BTN_WhereToInject(), Bundle.TIP_WhereToInject(),
                e -> GuidanceTopComponent.showBesideTheModel()));
    }

    private void editingButtons(Editor editor) {
        add(button("session.save", Bundle.BTN_Save(), Bundle.TIP_Save(EditorKeys.keyText(EditorKeys.SAVE_KEY)),
                e -> editor.save()));
        addSeparator();
        add(button("session.addSelected", Bundle.BTN_AddSelected(), Bundle.TIP_AddSelected(),
                e -> targets.addSelectedMuscles()));
        JButton pattern = button("session.addPattern", Bundle.BTN_AddPattern() + " \u25be", Bundle.TIP_AddPattern(),
                null);
        pattern.addActionListener(e -> patternMenu().show(pattern, 0, pattern.getHeight()));
        add(pattern);
        JButton copy = button("session.copyForward", Bundle.BTN_CopyForward(), Bundle.TIP_CopyForward(),
                e -> targets.copyForward());
        copy.setEnabled(targets.canCopyForward());
        add(copy);
        add(button("session.remove", Bundle.BTN_Remove(), Bundle.TIP_Remove(EditorKeys.keyText(EditorKeys.DELETE_KEY)),
                e -> targets.removeSelectedTargets()));
        addSeparator();
        JToggleButton placeSites = new JToggleButton(Bundle.BTN_PlaceSites());
        placeSites.setName("session.placeSites");
        placeSites.setToolTipText(Bundle.TIP_PlaceSites());
        placeSites.addActionListener(e -> targets.placeSites(placeSites.isSelected()));
        add(placeSites);
        add(button("session.clearSites", Bundle.BTN_ClearSites(), null, e -> targets.clearSites()));
    }

    /** Each pattern with its sides, "pattern.Flexed elbow.LEFT" and so on. */
    private JPopupMenu patternMenu() {
        JPopupMenu menu = new JPopupMenu();
        for (String pattern : targets.patterns()) {
            JMenu item = new JMenu(pattern);
            for (Side side : Side.values()) {
                JMenuItem sided = new JMenuItem(side == Side.LEFT ? Bundle.SIDE_LEFT() : Bundle.SIDE_RIGHT());
                sided.setName("pattern." + pattern + "." + side.name());
                sided.addActionListener(e -> targets.addPattern(pattern, side));
                item.add(sided);
            }
            menu.add(item);
        }
        return menu;
    }

    private static JButton button(String name, String text, String tip, ActionListener action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setToolTipText(tip);
        if (action != null) {
            b.addActionListener(action);
        }
        return b;
    }
}
