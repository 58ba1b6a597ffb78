package org.myoplan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.myoplan.dosing.input.DoseParser;
import org.myoplan.model.Patient;
import org.myoplan.model.Screening;
import org.myoplan.model.Sex;
import org.myoplan.model.Weight;

/**
 * The patient form as typed, turned into a patient or into a message per field that is wrong. Nothing
 * typed is thrown away: the form keeps the text until every field reads.
 */
public record PatientInput(String recordNumber, String name, String birthDate, Sex sex, String weightKg,
        String weighedOn, String indication, Screening screening) {

    /** More than anyone weighs: a typo. */
    static final BigDecimal HEAVIEST_KG = new BigDecimal("400");

    /** The fields the messages name, in the form's order. */
    public enum Field { RECORD_NUMBER, NAME, BIRTH_DATE, WEIGHT, WEIGHED_ON }

    /** The patient, or for each wrong field what is wrong with it. */
    public record Result(Patient patient, Map<Field, String> problems) {
        public boolean ok() {
            return patient != null;
        }

        /** The first problem, for the dialog's message line. */
        public Optional<String> firstProblem() {
            return problems.values().stream().findFirst();
        }
    }

    public static PatientInput of(Patient patient) {
        return new PatientInput(patient.recordNumber(), patient.name(), patient.birthDate().toString(), patient.sex(),
                patient.currentWeight().map(w -> w.kilograms().toPlainString()).orElse(""),
                patient.currentWeight().map(w -> w.measuredOn().toString()).orElse(""),
                patient.indication(), patient.screening());
    }

    public Result read(Locale locale, LocalDate today) {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (blank(recordNumber)) {
            problems.put(Field.RECORD_NUMBER, "Enter the record number");
        }
        if (blank(name)) {
            problems.put(Field.NAME, "Enter the patient's name");
        }
        LocalDate born = date(birthDate, "Birth date", Field.BIRTH_DATE, problems);
        if (born != null && born.isAfter(today)) {
            problems.put(Field.BIRTH_DATE, "The birth date " + born + " is in the future");
        }
        Weight weight = weight(locale, today, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        Patient patient = new Patient(recordNumber.strip(), name.strip(), born, sex == null ? Sex.UNKNOWN : sex, weight,
                indication == null ? "" : indication.strip(), screening == null ? Screening.notAsked() : screening);
        return new Result(patient, problems);
    }

    /** No weight is allowed (an adult's weight is optional); a weight needs the day it was measured. */
    private Weight weight(Locale locale, LocalDate today, Map<Field, String> problems) {
        if (blank(weightKg)) {
            if (!blank(weighedOn)) {
                problems.put(Field.WEIGHT, "Enter the weight measured on " + weighedOn.strip()
                        + ", or clear that date");
            }
            return null;
        }
        DoseParser.Result kg = DoseParser.parseAmount(weightKg, locale, "Weight", "weight in kg", HEAVIEST_KG);
        if (!kg.ok()) {
            problems.put(Field.WEIGHT, kg.problem());
        }
        LocalDate measured = blank(weighedOn) ? today : date(weighedOn, "Weighed on", Field.WEIGHED_ON, problems);
        if (measured != null && measured.isAfter(today)) {
            problems.put(Field.WEIGHED_ON, "The weight cannot be measured in the future (" + measured + ")");
        }
        return kg.ok() && measured != null && !measured.isAfter(today) ? new Weight(kg.value(), measured) : null;
    }

    private static LocalDate date(String text, String what, Field field, Map<Field, String> problems) {
        if (blank(text)) {
            problems.put(field, "Enter the " + what.toLowerCase(Locale.ROOT) + " (year-month-day, e.g. 1961-04-23)");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, what + ": write the date as year-month-day, e.g. 1961-04-23, not '" + text.strip()
                    + "'");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
