package org.myoplan.planning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reasons offered when a clinician acknowledges a finding, to pick and then adapt. A clinic keeps
 * its own list in the user directory as {@value #FILE}: one reason a line, blank lines and lines
 * starting with {@code #} ignored, in the order given. Without that file (or when it holds no reason)
 * the defaults below are offered.
 */
public final class AcknowledgementReasons {

    public static final String FILE = "acknowledgement-reasons.txt";

    public static final List<String> DEFAULTS = List.of(
            "Dose agreed with the patient after a poor response to the last session",
            "Severe tone in this muscle (Modified Ashworth 3 or more): higher dose intended",
            "Low dose on purpose: first session, frail patient or previous weakness",
            "Checked against the current prescribing information",
            "Discussed with the supervising physician",
            "Anticoagulation checked (INR in range); pressure applied after each injection");

    private AcknowledgementReasons() {
    }

    /**
     * The clinic's reasons from its file in the user directory, or the defaults; a file that cannot be read gives the
     * defaults.
     */
    public static List<String> of(Path userDirectory) {
        if (userDirectory == null) {
            return DEFAULTS;
        }
        Path file = userDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        try {
            List<String> clinic = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            return clinic.isEmpty() ? DEFAULTS : clinic;
        } catch (IOException | UncheckedIOException e) {
            return DEFAULTS;
        }
    }

    /** The reasons of the file's lines: stripped, without blanks, comments or repeats. */
    public static List<String> parse(List<String> lines) {
        Set<String> reasons = new LinkedHashSet<>();
        for (String line : lines) {
            String reason = line.strip();
            if (!reason.isEmpty() && !reason.startsWith("#")) {
                reasons.add(reason);
            }
        }
        return List.copyOf(reasons);
    }
}
