package org.myoplan.history.jdbc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A name as search compares it: no accents, lower case ("Müller" and "MULLER" both become "muller"). */
final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameFolding() {
    }

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l");
    }

    /** A LIKE pattern for "contains", with the user's % and _ taken literally. */
    static String containsPattern(String part) {
        String escaped = fold(part).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
