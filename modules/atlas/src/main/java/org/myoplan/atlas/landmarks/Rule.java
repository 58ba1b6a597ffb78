package org.myoplan.atlas.landmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How one landmark is located on one kind of atlas, as written in landmarks.tsv (the file's header describes
 * each rule). Parsing checks the words; {@link LandmarkTable} checks that the landmarks named exist.
 */
sealed interface Rule {

    /** The vertex of a bone's or muscle's mesh furthest in a direction, within bands of its bounding box. */
    record Extreme(String part, boolean muscle, Direction direction, List<Band> bands) implements Rule {

        public Extreme {
            bands = List.copyOf(bands);
        }
    }

    /** The midpoint of two landmarks of the same side. */
    record Midpoint(String a, String b) implements Rule {
    }

    /** The midpoint of a paired landmark's left and right. */
    record Between(String paired) implements Rule {
    }

    /** From a landmark along a direction, the outermost mesh vertex within a distance of the ray. */
    record Surface(String from, Direction direction, double within) implements Rule {
    }

    /** Placed by the atlas's data file. */
    record Given() implements Rule {
    }

    /** Not placed on this atlas, and why. */
    record Unplaced(String reason) implements Rule {
    }

    /** A direction in the body's words, summed: lateral and medial depend on the side. */
    record Direction(double lateral, double superior, double anterior) {

        static Direction parse(String text) {
            double lateral = 0, superior = 0, anterior = 0;
            for (String word : text.split("\\+")) {
                switch (word) {
                    case "lateral" -> lateral++;
                    case "medial" -> lateral--;
                    case "superior" -> superior++;
                    case "inferior" -> superior--;
                    case "anterior" -> anterior++;
                    case "posterior" -> anterior--;
                    default -> throw new IllegalArgumentException("'" + word + "' is not a direction (lateral, "
                            + "medial, superior, inferior, anterior or posterior, joined by +)");
                }
            }
            if (lateral == 0 && superior == 0 && anterior == 0) {
                throw new IllegalArgumentException("'" + text + "' cancels out: no direction");
            }
            return new Direction(lateral, superior, anterior);
        }

        boolean sideways() {
            return lateral != 0;
        }
    }

    /** The part of a bounding box kept along one axis: y (up), z (forward), lat (outward on the side) or x. */
    record Band(String axis, double from, double to) {

        static Band parse(String text) {
            String[] axisRange = text.split(":", 2);
            String[] range = axisRange.length == 2 ? axisRange[1].split("-", 2) : new String[0];
            if (range.length != 2 || !List.of("y", "z", "lat", "x").contains(axisRange[0])) {
                throw new IllegalArgumentException("'" + text + "' is not a band AXIS:FROM-TO with AXIS y, z, lat "
                        + "or x");
            }
            double from = Double.parseDouble(range[0]), to = Double.parseDouble(range[1]);
            if (!(from >= 0 && from < to && to <= 1)) {
                throw new IllegalArgumentException("the band '" + text + "' must run from 0..1 to a larger 0..1");
            }
            return new Band(axisRange[0], from, to);
        }
    }

    /** Parses one rule cell; a mistake throws IllegalArgumentException saying what is wrong. */
    static Rule parse(String text) {
        String[] words = text.strip().split("\\s+");
        String keyword = words[0].toLowerCase(Locale.ROOT);
        return switch (keyword) {
            case "extreme" -> extreme(words);
            case "mid" -> new Midpoint(word(words, 1, "mid A B"), word(words, 2, "mid A B"));
            case "between" -> new Between(word(words, 1, "between A"));
            case "surface" -> surface(words);
            case "given" -> new Given();
            case "none" -> new Unplaced(text.strip().substring(4).strip());
            default -> throw new IllegalArgumentException("'" + words[0] + "' is not a rule (extreme, mid, between, "
                    + "surface, given or none)");
        };
    }

    private static Rule extreme(String[] words) {
        String part = word(words, 1, "extreme PART DIR");
        Direction direction = Direction.parse(word(words, 2, "extreme PART DIR"));
        List<Band> bands = new ArrayList<>();
        for (int i = 3; i < words.length; i++) {
            bands.add(Band.parse(words[i]));
        }
        boolean muscle = part.startsWith("muscle:");
        return new Extreme(muscle ? part.substring(7) : part, muscle, direction, bands);
    }

    private static Rule surface(String[] words) {
        String from = word(words, 1, "surface A DIR");
        Direction direction = Direction.parse(word(words, 2, "surface A DIR"));
        double within = 0.01;
        if (words.length == 4 && words[3].startsWith("within=")) {
            within = Double.parseDouble(words[3].substring(7));
        } else if (words.length != 3) {
            throw new IllegalArgumentException("surface A DIR takes only within=R after it");
        }
        if (!(within > 0 && within <= 0.05)) {
            throw new IllegalArgumentException("within must be more than 0 and at most 0.05 m");
        }
        return new Surface(from, direction, within);
    }

    private static String word(String[] words, int index, String form) {
        if (index >= words.length) {
            throw new IllegalArgumentException("expected " + form);
        }
        return Objects.requireNonNull(words[index]);
    }
}
