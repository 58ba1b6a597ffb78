package org.myoplan.dosing.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseParserTest {

    @ParameterizedTest(name = "\"{0}\" in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "12,5   | de-DE | 12.5",
        "12.5   | de-DE | 12.5",
        "12.5   | en-GB | 12.5",
        "100    | fr-FR | 100",
        "0,5    | fr-FR | 0.5",
        " 75    | en-US | 75",
        "3000   | en-US | 3000",
        "1,000  | de-DE | 1",
        "1.5    | de-DE | 1.5",
    })
    void validDoses(String text, String locale, String expected) {
        DoseParser.Result result = DoseParser.parseUnits(text, Locale.forLanguageTag(locale));
        assertTrue(result.ok(), result.problem());
        assertEquals(0, new BigDecimal(expected).compareTo(result.dose().orElseThrow()));
    }

    @ParameterizedTest(name = "\"{0}\" in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "''       | en-GB | Enter the units",
        "'   '    | en-GB | Enter the units",
        "-5       | en-GB | Units cannot be negative",
        "0        | en-GB | Units must be more than 0",
        "0,0      | de-DE | Units must be more than 0",
        "NaN      | en-GB | Units must be a number, not 'NaN'",
        "Infinity | en-GB | Units must be a number, not 'Infinity'",
        "1e9      | en-GB | Units must be a number like 12.5, not '1e9'",
        "3000.5   | en-GB | Units must be at most 3000",
        "99999    | en-GB | Units must be at most 3000",
        "12abc    | en-GB | Units must be a number like 12.5, not '12abc'",
        "1.2.3    | de-DE | Units must be a number like 12,5, not '1.2.3'",
        "12.555   | en-GB | Units can have at most two decimals",
        "1.000    | de-DE | Units: write the number without a thousands separator (is '1.000' 1000?)",
        "1.500    | de-DE | Units: write the number without a thousands separator",
        "1,000    | en-US | Units: write the number without a thousands separator (is '1,000' 1000?)",
    })
    void invalidDosesSayWhatIsWrong(String text, String locale, String message) {
        DoseParser.Result result = DoseParser.parseUnits(text, Locale.forLanguageTag(locale));
        assertFalse(result.ok());
        assertTrue(result.problem().startsWith(message), result.problem());
    }
}
