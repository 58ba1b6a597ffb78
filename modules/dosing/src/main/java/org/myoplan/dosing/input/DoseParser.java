package org.myoplan.dosing.input;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number of units as a clinician types it, in their locale ("12,5" in German, "12.5" in
 * English), and says plainly what is wrong otherwise. Accepts a point as decimal separator in every
 * locale, since keyboards' numeric pads type one.
 */
public final class DoseParser {

    /** More than any session could hold of any product: a typo, not a dose. */
    public static final BigDecimal MAXIMUM = new BigDecimal("3000");

    private DoseParser() {
    }

    /** A parsed dose or the reason it is not one. */
    public record Result(BigDecimal value, String problem) {

        public Optional<BigDecimal> dose() {
            return Optional.ofNullable(value);
        }

        public boolean ok() {
            return value != null;
        }
    }

    public static Result parseUnits(String text, Locale locale) {
        return parseAmount(text, locale, "Units", "units", MAXIMUM);
    }

    /**
     * Reads any positive amount the same careful way (a weight in kg, a volume in mL): {@code what}
     * starts the messages ("Weight must be a number..."), {@code noun} asks for it ("Enter the weight").
     */
    public static Result parseAmount(String text, Locale locale, String what, String noun, BigDecimal maximum) {
        Objects.requireNonNull(locale, "locale");
        if (text == null || text.isBlank()) {
            return problem("Enter the " + noun);
        }
        String trimmed = text.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf") || lower.contains("∞")) {
            return problem(what + " must be a number, not '" + trimmed + "'");
        }
        if (hasThousandsSeparator(trimmed, locale)) {
            return problem(what + ": write the number without a thousands separator (is '" + trimmed + "' "
                    + trimmed.replaceAll("\\D", "") + "?)");
        }
        Optional<BigDecimal> number = parse(trimmed, locale);
        if (number.isEmpty()) {
            return problem(what + " must be a number like " + example(locale) + ", not '" + trimmed + "'");
        }
        BigDecimal value = number.get();
        if (value.signum() < 0) {
            return problem(what + " cannot be negative");
        }
        if (value.signum() == 0) {
            return problem(what + " must be more than 0");
        }
        if (value.compareTo(maximum) > 0) {
            return problem(what + " must be at most " + maximum.toPlainString() + " (is '" + trimmed + "' a typo?)");
        }
        if (value.scale() > 2) {
            return problem(what + " can have at most two decimals");
        }
        return new Result(value, null);
    }

    /**
     * "1.000" in German is a thousand, but a point is also read as the decimal separator (numeric pads
     * type one), which would make it 1 U: a dose that could be read two ways is refused, not guessed.
     */
    private static boolean hasThousandsSeparator(String text, Locale locale) {
        char grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        return text.matches("[1-9]\\d{0,2}(" + Pattern.quote(String.valueOf(grouping)) + "\\d{3})+");
    }

    private static Optional<BigDecimal> parse(String text, Locale locale) {
        Optional<BigDecimal> localised = parseWhole(text, locale);
        return localised.isPresent() ? localised : parseWhole(text, Locale.ROOT);
    }

    /** The whole text must be the number: "12abc" and "1.2.3" are refused, not read as 12 and 1.2. */
    private static Optional<BigDecimal> parseWhole(String text, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        format.setGroupingUsed(false);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(text, position);
        if (parsed == null || position.getIndex() != text.length()) {
            return Optional.empty();
        }
        return Optional.of(((BigDecimal) parsed).stripTrailingZeros());
    }

    private static String example(Locale locale) {
        return "12" + DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() + "5";
    }

    private static Result problem(String message) {
        return new Result(null, message);
    }
}
