package org.myoplan.atlas.sites;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.landmarks.Landmark;
import org.myoplan.atlas.landmarks.Landmarks;

/**
 * The suggested injection sites of every muscle, from Myoplan's reference table
 * {@code org/myoplan/atlas/sites/injection-sites.csv}: each row with its source and status, rows of one
 * muscle in the table's order. A muscle without a row has no sourced site, and none is ever invented.
 */
public final class SiteCatalog {

    /** The shipped table's resource name, beside this class. */
    public static final String FILE = "injection-sites.csv";

    /**
     * The caveat the reference's notes ask to show once wherever suggested sites are shown (its caveats 1,
     * 2 and 5, in a clinician's words).
     */
    public static final String CAVEAT = "Suggested sites mark where to start looking, not where to inject: "
            + "confirm the muscle and the needle's position with ultrasound or electrical stimulation. They come "
            + "mostly from small studies of cadavers or healthy volunteers, not of spastic limbs, and vary between "
            + "people (often by 5-20% of the reference line). Nerve-block targets are where a motor nerve branch "
            + "can be blocked, not where toxin goes into the muscle.";

    private final List<SuggestedSite> sites;
    private final Map<String, List<SuggestedSite>> byMuscle;

    private SiteCatalog(List<SuggestedSite> sites) {
        this.sites = List.copyOf(sites);
        this.byMuscle = sites.stream().collect(Collectors.groupingBy(SuggestedSite::muscleId, LinkedHashMap::new,
                Collectors.toUnmodifiableList()));
    }

    /**
     * The shipped table, checked against a landmark vocabulary and an atlas's muscles.
     *
     * @throws SiteFileException if the table names a landmark or muscle they do not know
     */
    public static SiteCatalog shipped(Landmarks landmarks, Atlas atlas) {
        return shipped(landmarks.vocabulary().stream().map(Landmark::id).collect(Collectors.toSet()),
                atlas.muscles().stream().filter(m -> !m.context()).map(Muscle::id).collect(Collectors.toSet()));
    }

    /** The shipped table, checked against these landmark and muscle ids (for reading it without an atlas). */
    public static SiteCatalog shipped(Set<String> landmarkIds, Set<String> muscleIds) {
        try (InputStream in = SiteCatalog.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("The reference table " + FILE + " is missing from the atlas module");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), FILE, landmarkIds, muscleIds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table in the reference file's format (a clinic's own, or a test's).
     *
     * @param file the file's name for messages
     * @throws SiteFileException naming the file, line and field of the first problem
     */
    public static SiteCatalog read(Reader reader, String file, Set<String> landmarkIds, Set<String> muscleIds) {
        return new SiteCatalog(SiteFile.read(reader, file, landmarkIds, muscleIds));
    }

    /** Every row, in the table's order. */
    public List<SuggestedSite> sites() {
        return sites;
    }

    /** The rows of one muscle (by its atlas id, e.g. "biceps_brachii"), in the table's order; empty if none. */
    public List<SuggestedSite> sitesOf(String muscleId) {
        return byMuscle.getOrDefault(muscleId, List.of());
    }

    /** The muscles with at least one row, in the table's order. */
    public Set<String> muscleIds() {
        return new LinkedHashSet<>(byMuscle.keySet());
    }
}
