package org.myoplan.planning.ui;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import org.openide.util.Utilities;

/**
 * Ctrl+Z, Ctrl+Y (Ctrl+Shift+Z), Ctrl+S, Ctrl+P and Delete act on the session editor's plan wherever the
 * focus is in it. The main window binds the same keys to the platform's actions, which reach the editor
 * through its UndoRedo, its Savable and its ActionMap ("delete", "print"); the bindings here make the
 * keys work inside the editor first, and stop the table from taking them as typing into a cell.
 */
final class EditorKeys {

    // The platform's keys ("D-" is Ctrl, or Command on a Mac), which the main menu binds too.
    static final KeyStroke UNDO_KEY = Utilities.stringToKey("D-Z");
    static final KeyStroke REDO_KEY = Utilities.stringToKey("D-Y");
    static final KeyStroke REDO_KEY_TOO = Utilities.stringToKey("DS-Z");
    static final KeyStroke SAVE_KEY = Utilities.stringToKey("D-S");
    static final KeyStroke PRINT_KEY = Utilities.stringToKey("D-P");
    static final KeyStroke DELETE_KEY = KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0);
    /** The ActionMap keys the platform's global Delete and Print actions call on the active window. */
    static final String DELETE = "delete", PRINT = "print";
    private static final String UNDO = "myoplan.undo", REDO = "myoplan.redo", SAVE = "myoplan.save";

    /** What the keys do in one editor; a read-only editor prints and nothing else. */
    interface Commands {
        void printDocument();

        void removeSelectedTargets();

        void undo();

        void redo();

        void save();
    }

    private EditorKeys() {
    }

    /** Puts the commands in the editor's ActionMap (where the platform finds them) and binds the keys. */
    static void bind(JComponent editor, JTable table, boolean editable, Commands commands) {
        ActionMap actions = editor.getActionMap();
        actions.put(PRINT, action(commands::printDocument));
        if (editable) {
            actions.put(DELETE, action(commands::removeSelectedTargets));
            actions.put(UNDO, action(commands::undo));
            actions.put(REDO, action(commands::redo));
            actions.put(SAVE, action(commands::save));
        }
        for (JComponent c : List.of(editor, table)) {
            InputMap keys = c.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
            keys.put(PRINT_KEY, PRINT);
            if (editable) {
                keys.put(DELETE_KEY, DELETE);
                keys.put(UNDO_KEY, UNDO);
                keys.put(REDO_KEY, REDO);
                keys.put(REDO_KEY_TOO, REDO);
                keys.put(SAVE_KEY, SAVE);
            }
        }
        for (Object key : actions.keys()) {
            table.getActionMap().put(key, actions.get(key));
        }
    }

    /** "Ctrl+S" (or "⌘S"): the key as the menus show it. */
    static String keyText(KeyStroke key) {
        String modifiers = KeyEvent.getModifiersExText(key.getModifiers());
        return (modifiers.isEmpty() ? "" : modifiers + "+") + KeyEvent.getKeyText(key.getKeyCode());
    }

    private static Action action(Runnable command) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                command.run();
            }
        };
    }
}
