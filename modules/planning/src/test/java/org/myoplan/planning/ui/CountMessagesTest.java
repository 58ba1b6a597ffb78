package org.myoplan.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts read in the right number: "1 patient", never "1 patients". */
class CountMessagesTest {

    @Test
    void patientsFound() {
        assertEquals("No patients", Bundle.LBL_Found(0));
        assertEquals("1 patient", Bundle.LBL_Found(1));
        assertEquals("2 patients", Bundle.LBL_Found(2));
        assertEquals("12 patients", Bundle.LBL_Found(12));
    }

    @Test
    void openFindingsWhenAdministeredIsRefused() {
        assertEquals("Not marked administered: 1 finding is open: Warning: x",
                Bundle.MSG_NotReadyShort(1, "Warning: x"));
        assertEquals("Not marked administered: 2 findings are open: a; b", Bundle.MSG_NotReadyShort(2, "a; b"));
    }

    @Test
    void theSessionOfTheSameDay() {
        assertEquals("- planned, BOTOX, 1 muscle", Bundle.LBL_SessionOfTheDay("planned", "BOTOX", 1));
        assertEquals("- planned, BOTOX, 3 muscles", Bundle.LBL_SessionOfTheDay("planned", "BOTOX", 3));
        assertEquals("- planned, BOTOX, no muscles", Bundle.LBL_SessionOfTheDay("planned", "BOTOX", 0));
    }
}
