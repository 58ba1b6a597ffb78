package org.myoplan.outcomes;

import java.util.Locale;
import org.myoplan.model.Patient;

/**
 * How a window of the lower area names its patient on its tab, so that patient, kind and date read at a
 * glance: "Meier A. · Outcomes" on the tab, and "Outcomes of Anna Meier, record 12345, born 1957-06-02"
 * in its tooltip.
 */
public final class PatientTab {

    private PatientTab() {
    }

    /** "Meier A." for Anna Meier: the surname (the last word of the name) and the first given name's initial. */
    static String shortName(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length < 2) {
            return name.trim();
        }
        String initial = new String(Character.toChars(words[0].codePointAt(0))).toUpperCase(Locale.ROOT);
        return words[words.length - 1] + " " + initial + ".";
    }

    /** "Meier A. · Outcomes". */
    public static String title(Patient patient, String kind) {
        return shortName(patient.name()) + " \u00b7 " + kind;
    }

    /** "Outcomes of Anna Meier, record 12345, born 1957-06-02". */
    public static String tooltip(Patient patient, String kind) {
        return kind + " of " + patient.name() + ", record " + patient.recordNumber() + ", born " + patient.birthDate();
    }
}
