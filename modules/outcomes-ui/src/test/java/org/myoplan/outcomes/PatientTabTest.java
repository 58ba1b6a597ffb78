package org.myoplan.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.myoplan.model.Patient;
import org.myoplan.model.Screening;
import org.myoplan.model.Sex;

class PatientTabTest {

    private static Patient named(String name) {
        return new Patient("12345", name, LocalDate.parse("1957-06-02"), Sex.FEMALE, null, null, Screening.notAsked());
    }

    @Test
    void theTabShowsSurnameInitialAndKindAndTheTooltipTheWholePatient() {
        assertEquals("Meier A. \u00b7 Outcomes", PatientTab.title(named("Anna Meier"), "Outcomes"));
        assertEquals("Outcomes of Anna Meier, record 12345, born 1957-06-02",
                PatientTab.tooltip(named("Anna Meier"), "Outcomes"));
    }

    @Test
    void namesOfOtherShapesStayReadable() {
        assertEquals("Dvořák J.", PatientTab.shortName("Jana Dvořák"));
        assertEquals("Meier A.", PatientTab.shortName("  Anna Maria   Meier "), "the first given name's initial");
        assertEquals("Ölz É.", PatientTab.shortName("élise Ölz"));
        assertEquals("Meier", PatientTab.shortName("Meier"), "a single name is kept whole");
    }
}
