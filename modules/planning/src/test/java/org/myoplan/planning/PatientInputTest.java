package org.myoplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.myoplan.model.Answer;
import org.myoplan.model.Patient;
import org.myoplan.model.Screening;
import org.myoplan.model.ScreeningQuestion;
import org.myoplan.model.Sex;

class PatientInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Screening SCREENED = Screening.notAsked().with(ScreeningQuestion.NEUROMUSCULAR_DRUGS, Answer.YES)
            .with(ScreeningQuestion.PREGNANCY_OR_BREASTFEEDING, Answer.NO);

    static PatientInput input(String record, String name, String born, String kg, String weighedOn) {
        return new PatientInput(record, name, born, Sex.FEMALE, kg, weighedOn, " post-stroke ", SCREENED);
    }

    @Test
    void aWeightTakesTheLocalesDecimalCommaAndAPointEverywhere() {
        for (String typed : new String[] {"68,5", "68.5"}) {
            PatientInput.Result german = input("R-7", "Ana", "1958-03-14", typed, "").read(Locale.GERMANY, TODAY);
            assertTrue(german.ok(), () -> typed + ": " + german.problems());
            assertEquals(0,
                    new BigDecimal("68.5").compareTo(german.patient().currentWeight().orElseThrow().kilograms()));
        }
        assertTrue(input("R-7", "Ana", "1958-03-14", "68.5", "").read(Locale.UK, TODAY).ok());
        PatientInput.Result english = input("R-7", "Ana", "1958-03-14", "68,5", "").read(Locale.UK, TODAY);
        assertFalse(english.ok(), "a comma is not a decimal separator in English");
        assertTrue(english.problems().get(PatientInput.Field.WEIGHT).contains("12.5"), english.problems().toString());
    }

    @Test
    void aCompleteFormIsAPatientWithItsScreening() {
        PatientInput.Result result =
                input(" R-7 ", " Zoë Müller ", "1958-03-14", "62,5", "2026-11-20").read(Locale.GERMANY, TODAY);
        assertTrue(result.ok(), () -> result.problems().toString());
        Patient p = result.patient();
        assertEquals("R-7", p.recordNumber());
        assertEquals("Zoë Müller", p.name());
        assertEquals(0, new BigDecimal("62.5").compareTo(p.currentWeight().orElseThrow().kilograms()));
        assertEquals(LocalDate.of(2026, 11, 20), p.currentWeight().orElseThrow().measuredOn());
        assertEquals("post-stroke", p.indication());
        assertEquals(Answer.YES, p.screening().answer(ScreeningQuestion.NEUROMUSCULAR_DRUGS));
        assertEquals(Answer.NOT_ASKED, p.screening().answer(ScreeningQuestion.ANTICOAGULANTS));
    }

    @Test
    void aWeightWithoutADateWasMeasuredToday() {
        Patient p = input("R-7", "Ana", "1958-03-14", "70", "").read(Locale.UK, TODAY).patient();
        assertEquals(TODAY, p.currentWeight().orElseThrow().measuredOn());
        assertTrue(input("R-7", "Ana", "1958-03-14", "", "").read(Locale.UK, TODAY).patient().currentWeight()
                .isEmpty());
    }

    @Test
    void eachWrongFieldIsNamedWithWhatIsWrong() {
        PatientInput.Result result = input("", " ", "14.03.1958", "-3", "tomorrow").read(Locale.UK, TODAY);
        assertFalse(result.ok());
        assertEquals("Enter the record number", result.problems().get(PatientInput.Field.RECORD_NUMBER));
        assertEquals("Enter the patient's name", result.problems().get(PatientInput.Field.NAME));
        assertTrue(result.problems().get(PatientInput.Field.BIRTH_DATE).contains("year-month-day"));
        assertEquals("Weight cannot be negative", result.problems().get(PatientInput.Field.WEIGHT));
        assertTrue(result.problems().get(PatientInput.Field.WEIGHED_ON).contains("'tomorrow'"));
        assertEquals("Enter the record number", result.firstProblem().orElseThrow());
    }

    @Test
    void impossibleValuesAreRefused() {
        assertTrue(input("R", "A", "2027-01-01", "", "").read(Locale.UK, TODAY).problems()
                .get(PatientInput.Field.BIRTH_DATE) .contains("future"));
        assertTrue(input("R", "A", "1958-03-14", "NaN", "").read(Locale.UK, TODAY).problems()
                .get(PatientInput.Field.WEIGHT) .contains("must be a number"));
        assertTrue(input("R", "A", "1958-03-14", "4000", "").read(Locale.UK, TODAY).problems()
                .get(PatientInput.Field.WEIGHT) .contains("at most 400"));
        assertTrue(input("R", "A", "1958-03-14", "", "2026-11-01").read(Locale.UK, TODAY).problems()
                .get(PatientInput.Field.WEIGHT) .contains("clear that date"));
    }

    @Test
    void aKeptPatientFillsTheFormAndReadsBackTheSame() {
        Patient kept = input("R-7", "Ana", "1958-03-14", "70.2", "2026-11-20").read(Locale.UK, TODAY).patient();
        assertEquals(kept, PatientInput.of(kept).read(Locale.UK, TODAY).patient());
    }
}
