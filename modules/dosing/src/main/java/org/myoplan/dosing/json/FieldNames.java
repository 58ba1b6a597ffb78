package org.myoplan.dosing.json;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The nearest known field name to a misspelt one ("Status" -> status, "expires" -> expiry). */
final class FieldNames {

    /** Farther than this, a guess would mislead more than help. */
    private static final int MAX_EDITS = 3;

    private FieldNames() {
    }

    /** " (did you mean expiry?)", or "" when no known name is near. */
    static String suggestion(String name, Collection<String> known) {
        return nearest(name, known).map(k -> " (did you mean " + k + "?)").orElse("");
    }

    static Optional<String> nearest(String name, Collection<String> known) {
        String folded = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(folded, k.toLowerCase(Locale.ROOT)) <= Math.min(MAX_EDITS,
                Math.max(1, k.length() / 3))) .min(Comparator.comparingInt(k ->
                        distance(folded, k.toLowerCase(Locale.ROOT))));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
