package org.myoplan.atlas.sites;

import org.myoplan.atlas.landmarks.Landmark;
import org.myoplan.atlas.landmarks.Landmarks;

/** Landmark names inside a sentence: "the lateral epicondyle", but "the ASIS" and "the T12 spinous process". */
final class LandmarkNames {

    private LandmarkNames() {
    }

    /** The landmark's (or far line's) name as it reads after "the"; its id in words if the vocabulary lacks it. */
    static String of(Landmarks landmarks, String id) {
        return LineLandmarks.name(id).orElseGet(() -> inSentence(landmarks.landmark(id).map(Landmark::name)
                .orElse(id.replace('_', ' '))));
    }

    /** The name with its first letter in lower case unless the first word is an abbreviation (all capitals). */
    static String inSentence(String name) {
        String first = name.split(" ", 2)[0];
        boolean abbreviation = first.length() > 1 && first.chars().skip(1).noneMatch(Character::isLowerCase);
        return abbreviation || name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
