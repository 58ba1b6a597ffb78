package org.myoplan.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import org.junit.jupiter.api.Test;

class TextChangesTest {

    @Test
    void typingDeletingAndSettingEachCount() throws BadLocationException {
        JTextField name = new JTextField();
        AtomicInteger changes = new AtomicInteger();
        TextChanges.onChange(changes::incrementAndGet, name);
        name.getDocument().insertString(0, "Ann", null);
        assertEquals(1, changes.get());
        name.getDocument().remove(0, 1);
        assertEquals(2, changes.get());
        name.setText("Bea"); // a replace: the old text removed, the new inserted
        assertEquals(4, changes.get());
    }

    @Test
    void oneListenerServesSeveralFields() {
        JTextField logo = new JTextField();
        JTextArea address = new JTextArea();
        AtomicInteger changes = new AtomicInteger();
        TextChanges.onChange(changes::incrementAndGet, logo, address);
        logo.setText("logo.png");
        address.setText("Main Street 1");
        assertEquals(2, changes.get());
    }

    @Test
    void aChangeOfStyleCountsToo() {
        JTextPane note = new JTextPane(new DefaultStyledDocument());
        note.setText("note");
        AtomicInteger changes = new AtomicInteger();
        TextChanges.onChange(changes::incrementAndGet, note);
        SimpleAttributeSet bold = new SimpleAttributeSet();
        StyleConstants.setBold(bold, true);
        note.getStyledDocument().setCharacterAttributes(0, 2, bold, false);
        assertEquals(1, changes.get());
    }

    @Test
    void noChangeNoCall() {
        JTextField untouched = new JTextField("as loaded");
        AtomicInteger changes = new AtomicInteger();
        TextChanges.onChange(changes::incrementAndGet, untouched);
        assertEquals(0, changes.get());
    }
}
