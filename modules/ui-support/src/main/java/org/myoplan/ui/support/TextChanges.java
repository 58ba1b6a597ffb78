package org.myoplan.ui.support;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** Runs something on every change of a text field's text, whatever the kind of change (typed, deleted, pasted, set). */
public final class TextChanges {

    private TextChanges() {
    }

    /** Calls {@code action} after each change of any of the fields' text. */
    public static void onChange(Runnable action, JTextComponent... fields) {
        DocumentListener listener = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                action.run();
            }
        };
        for (JTextComponent field : fields) {
            field.getDocument().addDocumentListener(listener);
        }
    }
}
