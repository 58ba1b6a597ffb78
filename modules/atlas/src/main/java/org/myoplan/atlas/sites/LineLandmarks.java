package org.myoplan.atlas.sites;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Far ends the reference table gives as a line rather than a point: the source measures to the nearest
 * point of that line. Each is made of two landmarks of the vocabulary.
 */
final class LineLandmarks {

    /** The latissimus dorsi studies' far end: the line through the T5 spinous process and the iliac crest's middle. */
    private static final Map<String, List<String>> LINES = Map.of("t5_spinous_to_mid_iliac_crest_line",
            List.of("t5_spinous_process", "iliac_crest_midpoint"));

    /** How the line reads in a sentence, after "the". */
    private static final Map<String, String> NAMES = Map.of("t5_spinous_to_mid_iliac_crest_line",
            "line from the T5 spinous process to the middle of the iliac crest");

    private LineLandmarks() {
    }

    /** The line's name in a sentence, if the id is a line. */
    static Optional<String> name(String id) {
        return Optional.ofNullable(NAMES.get(id));
    }

    /** The two landmarks the line runs through, if the id is a line. */
    static Optional<List<String>> ends(String id) {
        return Optional.ofNullable(LINES.get(id));
    }
}
