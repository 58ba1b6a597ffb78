package org.myoplan.documents;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.myoplan.model.Patient;

/** How numbers, dates and people are written in the documents. */
final class PlanFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PlanFormat() {
    }

    static String date(LocalDate date) {
        return date == null ? "-" : DATE.format(date);
    }

    static String number(BigDecimal value) {
        return value == null ? "-"
                : value.round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    static String units(BigDecimal value) {
        return number(value) + " U";
    }

    static String patient(Patient patient, LocalDate on) {
        return patient.name() + ", born " + date(patient.birthDate()) + " ("
                + Period.between(patient.birthDate(), on).getYears() + " years), record " + patient.recordNumber();
    }

    static String or(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }
}
