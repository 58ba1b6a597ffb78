package org.myoplan.atlas;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.myoplan.model.Side;

/**
 * Finds muscles as a clinician types them: by name, synonym, abbreviation or id; case and accent
 * insensitive ("bíceps"); by the start of words ("gastro", "flex dig sup"); forgiving a typo
 * ("gastrocnemuis"). A side word ("left biceps", "biceps R") narrows to that side.
 */
public final class MuscleSearch {

    /** A found muscle and how well it matched (higher is better). */
    public record Result(Muscle muscle, int score) {
    }

    private final Atlas atlas;

    public MuscleSearch(Atlas atlas) {
        this.atlas = atlas;
    }

    public List<Result> search(String query, int limit) {
        List<String> words = new ArrayList<>(List.of(normalise(query).split(" ")));
        words.removeIf(String::isEmpty);
        Optional<Side> side = takeSide(words);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Result> results = new ArrayList<>();
        for (Muscle muscle : atlas.muscles()) {
            if (side.isPresent() && muscle.side() != side.get()) {
                continue;
            }
            int score = score(muscle, words);
            if (score > 0) {
                results.add(new Result(muscle, score));
            }
        }
        results.sort(Comparator.comparingInt(Result::score).reversed()
                .thenComparing(r -> r.muscle().displayName()).thenComparing(r -> r.muscle().side()));
        return results.subList(0, Math.min(limit, results.size()));
    }

    private static Optional<Side> takeSide(List<String> words) {
        for (String word : List.copyOf(words)) {
            Side side = switch (word) {
                case "left", "l", "lt", "sinister" -> Side.LEFT;
                case "right", "r", "rt", "dexter" -> Side.RIGHT;
                default -> null;
            };
            if (side != null && words.size() > 1) {
                words.remove(word);
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    /** The best score over the muscle's names; each name scored by how the query's words meet its words. */
    private static int score(Muscle muscle, List<String> query) {
        int best = 0;
        String joined = String.join(" ", query);
        for (String abbreviation : muscle.abbreviations()) {
            if (normalise(abbreviation).equals(joined)) {
                best = Math.max(best, 100);
            }
        }
        List<String> names = new ArrayList<>(muscle.synonyms());
        names.add(0, muscle.displayName());
        names.add(muscle.id().replace('_', ' '));
        for (int i = 0; i < names.size(); i++) {
            String name = normalise(names.get(i));
            int bonus = i == 0 ? 5 : 0; // the display name before synonyms
            if (name.equals(joined)) {
                best = Math.max(best, 95 + bonus);
            } else if (name.startsWith(joined)) {
                best = Math.max(best, 80 + bonus);
            } else {
                int words = wordsScore(List.of(name.split(" ")), query);
                best = Math.max(best, words == 0 ? 0 : words + bonus);
            }
        }
        return best;
    }

    /** 70 when every query word starts a word of the name, 45 when some only match with a typo, 0 otherwise. */
    private static int wordsScore(List<String> nameWords, List<String> query) {
        boolean typo = false;
        for (String word : query) {
            if (nameWords.stream().anyMatch(w -> w.startsWith(word))) {
                continue;
            }
            if (word.length() >= 4 && nameWords.stream().anyMatch(w -> closeEnough(word, w))) {
                typo = true;
                continue;
            }
            return 0;
        }
        return typo ? 45 : 70;
    }

    /** One edit for words of 4 to 7 letters, two for longer ones (a prefix of the name word counts too). */
    private static boolean closeEnough(String typed, String word) {
        int allowed = typed.length() >= 8 ? 2 : 1;
        String candidate = word.length() > typed.length() + allowed ? word.substring(0, typed.length()) : word;
        return distance(typed, candidate) <= allowed;
    }

    /** Damerau-Levenshtein (optimal string alignment): a swap of two letters is one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Lower case, accents removed, punctuation to spaces. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}",
                "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
