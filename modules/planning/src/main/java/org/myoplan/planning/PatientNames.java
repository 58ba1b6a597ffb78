package org.myoplan.planning;

import java.util.Locale;

/**
 * The short form of a patient's name that a window's tab shows: surname and first initial, "Meier A."
 * for "Anna Meier" (or "Meier, Anna"). The records keep the name as one text, so the surname is taken
 * as the last word, or what comes before a comma; the tab's tooltip always gives the name in full.
 */
public final class PatientNames {

    private PatientNames() {
    }

    public static String shortForm(String fullName) {
        String name = fullName.strip().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        String surname;
        String given;
        if (comma >= 0) {
            surname = name.substring(0, comma).strip();
            given = name.substring(comma + 1).strip();
        } else {
            int lastSpace = name.lastIndexOf(' ');
            surname = lastSpace < 0 ? name : name.substring(lastSpace + 1);
            given = lastSpace < 0 ? "" : name.substring(0, lastSpace);
        }
        if (given.isEmpty()) {
            return surname;
        }
        if (surname.isEmpty()) {
            return given;
        }
        return surname + " " + initial(given) + ".";
    }

    /** The first letter of the first given name (a whole code point: "Ł", "É" or a CJK character). */
    private static String initial(String given) {
        String first = new String(Character.toChars(given.codePointAt(0)));
        return first.toUpperCase(Locale.ROOT);
    }
}
