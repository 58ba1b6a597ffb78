package org.myoplan.history.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

class RecordsOptionsPanelTest {

    @Test
    void onlyAnH2UrlOrNoneIsAccepted() {
        AtomicInteger changes = new AtomicInteger();
        RecordsOptionsPanel panel = new RecordsOptionsPanel(changes::incrementAndGet);
        JTextField url = field(panel, "records.url");
        assertTrue(panel.problem().isEmpty(), "empty means the file in the user directory");
        url.setText("jdbc:postgresql://server/records");
        assertEquals("The URL must start with jdbc:h2: (Myoplan keeps its records in H2).",
                panel.problem().orElseThrow());
        assertTrue(changes.get() > 0, "the Options dialog hears of each edit");
        url.setText("  jdbc:h2:tcp://records-server/myoplan ");
        assertTrue(panel.problem().isEmpty());
        assertTrue(panel.changed(), "an edited URL is a change to apply");
    }

    private static JTextField field(RecordsOptionsPanel panel, String name) {
        for (Component c : panel.getComponents()) {
            if (name.equals(c.getName())) {
                return (JTextField) c;
            }
        }
        throw new AssertionError("no field " + name);
    }
}
