package org.myoplan.documents.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.Lookup;

class DocumentsOptionsControllerTest {

    private final DocumentsOptionsController controller = new DocumentsOptionsController();
    private final Container panel = (Container) controller.getComponent(Lookup.EMPTY);

    @Test
    void anUntouchedPanelReportsNoChange() {
        controller.update();
        assertFalse(controller.isChanged(), "nothing edited, nothing to apply");
        assertTrue(controller.isValid());
    }

    @Test
    void anEditIsAChangeUntilItIsUndone() {
        controller.update();
        List<String> heard = new ArrayList<>();
        controller.addPropertyChangeListener(e -> heard.add(e.getPropertyName()));
        JTextField clinic = field("documents.clinic");
        String loaded = clinic.getText();
        clinic.setText(loaded + " Rehabilitation Centre");
        assertTrue(controller.isChanged());
        assertTrue(heard.contains(OptionsPanelController.PROP_CHANGED), "the Options window hears of the edit");
        clinic.setText(loaded + "  "); // blanks around a name are not stored, so they are no change
        assertFalse(controller.isChanged());
    }

    @Test
    void anotherPaperIsAChange() {
        controller.update();
        JComboBox<?> paper = paper();
        int loaded = paper.getSelectedIndex();
        paper.setSelectedIndex(loaded == 0 ? 1 : 0);
        assertTrue(controller.isChanged());
        paper.setSelectedIndex(loaded);
        assertFalse(controller.isChanged());
    }

    private JTextField field(String name) {
        for (Component c : panel.getComponents()) {
            if (name.equals(c.getName())) {
                return (JTextField) c;
            }
        }
        throw new AssertionError("no field " + name);
    }

    private JComboBox<?> paper() {
        for (Component c : panel.getComponents()) {
            if (c instanceof JComboBox<?> box) {
                return box;
            }
        }
        throw new AssertionError("no paper choice");
    }
}
