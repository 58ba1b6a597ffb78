package org.myoplan.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.sites.PointDescriber;
import org.myoplan.atlas.sites.PointDescription;
import org.myoplan.atlas.sites.SiteCatalog;
import org.myoplan.atlas.sites.SuggestedSite;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Session;
import org.myoplan.model.Target;

/**
 * Where to inject, in words, for the treatment plan: every target's injection points numbered within their
 * target (as the pictures number them), each described against the nearest landmark line of the atlas the
 * points were placed on (the atlas the pictures draw), and what the sources say about depth for the
 * target's muscles. Used by the documents and by the command line's JSON.
 */
public final class WhereToInject {

    /** The caveat of the suggested sites, short enough for one line of the printed plan. */
    public static final String CAVEAT = "Starting points only: confirm with ultrasound or e-stim (studied on "
            + "cadavers and healthy adults, not spastic limbs).";
    /** Added to a point whose centimetres follow a limb length measured on the patient, not the atlas's. */
    public static final String ON_PATIENT = " (cm measured on the patient)";
    /** Said of a target whose muscles have no depth in the reference table. */
    public static final String NO_DEPTH = "no depth in the sources: confirm with ultrasound";

    /** A source that starts with its authors: "Koo HJ, Park HJ, ..." or "Yi KH et al. ...". */
    private static final Pattern AUTHOR = Pattern.compile("^(\\p{Lu}[\\p{L}'\\-]+) \\p{Lu}{1,3}(,| et al)");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final int TITLE_WORDS = 4;

    /** A target's point: its number within the target, and its description when the atlas gives one. */
    public record Point(int number, InjectionPoint point, Optional<PointDescription> description) {

        public Point {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(description, "description");
        }

        /** The description (saying when its centimetres are the patient's), or that the atlas cannot describe it. */
        public String text() {
            return description.map(d -> d.text() + (d.patientLength() ? ON_PATIENT : ""))
                    .orElse(PointDescriber.NOT_DESCRIBED);
        }

        /** Whether the point's centimetres follow a limb length measured on the patient. */
        public boolean onPatient() {
            return description.map(PointDescription::patientLength).orElse(false);
        }
    }

    /**
     * A target and its numbered points.
     *
     * @param closeUp the caption of the close-up that shows it ("Left upper limb"), empty when the atlas lacks
     *        its muscle (it is then in no picture)
     * @param depths what the sources say about depth, one entry a source ("13 mm (Park 2007)"); empty if nothing
     */
    public record TargetSites(Target target, String closeUp, List<Point> points, List<String> depths) {

        public TargetSites {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(closeUp, "closeUp");
            points = List.copyOf(points);
            depths = List.copyOf(depths);
        }

        /** "sources: 13 mm (Park 2007); 24–58 mm (...)", or that the sources give none. */
        public String depthText() {
            return depths.isEmpty() ? NO_DEPTH : "sources: " + String.join("; ", depths);
        }
    }

    private final List<TargetSites> targets;
    private final String atlasName;

    private WhereToInject(List<TargetSites> targets, String atlasName) {
        this.targets = List.copyOf(targets);
        this.atlasName = atlasName;
    }

    /**
     * The session's targets on this atlas: the atlas the injection points were placed on (their frame).
     * Locates the atlas's landmarks on first use (a fraction of a second on the built-in atlas). Centimetres
     * follow the session's measured limb lengths where it has them, otherwise the atlas's.
     */
    public static WhereToInject of(Atlas atlas, Session session) {
        PointDescriber describer = new PointDescriber(atlas.landmarks());
        SiteCatalog catalog = SiteCatalog.shipped(atlas.landmarks(), atlas);
        Map<String, Double> lengths = session.limbLengths().byLine();
        List<TargetSites> all = new ArrayList<>();
        for (Target target : session.targets()) {
            List<Muscle> muscles = atlas.resolve(target.muscleId(), target.side());
            String closeUp = muscles.isEmpty() ? "" : PlanPictures.regionOf(muscles.get(0));
            List<Point> points = new ArrayList<>();
            int number = 1;
            for (InjectionPoint p : target.injectionPoints()) {
                Vec3 at = new Vec3(p.x(), p.y(), p.z());
                points.add(new Point(number++, p, describer.describe(at, target.side(), lengths)));
            }
            all.add(new TargetSites(target, closeUp, points, depths(catalog, atlas, target.muscleId())));
        }
        return new WhereToInject(all, atlas.provenance().description());
    }

    /** Every target of the session, in the plan's order. */
    public List<TargetSites> targets() {
        return targets;
    }

    /** Whether any target has an injection point placed. */
    public boolean hasPoints() {
        return targets.stream().anyMatch(t -> !t.points().isEmpty());
    }

    /** How many described points have their centimetres from the patient's lengths, and how many are described. */
    public long pointsOnPatient() {
        return targets.stream().flatMap(t -> t.points().stream()).filter(Point::onPatient).count();
    }

    /** How many points have a description (those the atlas has no line near are not). */
    public long pointsDescribed() {
        return targets.stream().flatMap(t -> t.points().stream()).filter(p -> p.description().isPresent()).count();
    }

    /** The atlas the descriptions are measured on, as its provenance says. */
    public String atlasName() {
        return atlasName;
    }

    /** The depths of the muscles a target id stands for (a group's members), one entry a row that gives one. */
    private static List<String> depths(SiteCatalog catalog, Atlas atlas, String muscleId) {
        List<String> ids = atlas.resolveIds(muscleId);
        Set<String> depths = new LinkedHashSet<>();
        for (String id : ids.isEmpty() ? List.of(muscleId) : ids) {
            for (SuggestedSite site : catalog.sitesOf(id)) {
                if (!site.depthMm().isBlank()) {
                    depths.add(millimetres(site.depthMm()) + (site.nerveBlockTarget() ? " to the nerve branch" : "")
                            + " (" + shortSource(site.source()) + ")");
                }
            }
        }
        return List.copyOf(depths);
    }

    /** "13.0" as "13 mm", "24.0-58.0" as "24–58 mm": the table's numbers without trailing zeros. */
    static String millimetres(String depthMm) {
        String[] ends = depthMm.strip().split("-");
        List<String> numbers = new ArrayList<>();
        for (String end : ends) {
            numbers.add(end.strip().replaceAll("\\.0+$", "").replaceAll("(\\.\\d*?)0+$", "$1"));
        }
        return String.join("\u2013", numbers) + " mm";
    }

    /**
     * A source as a reference list cites it in the text: "Koo et al. 2017" for a source that starts with its
     * authors, else the first words of its title and its year ("Safety window for the… 2017").
     */
    static String shortSource(String source) {
        String text = source.strip();
        Matcher year = YEAR.matcher(text);
        String when = year.find() ? " " + year.group() : "";
        Matcher author = AUTHOR.matcher(text);
        if (author.find()) {
            return author.group(1) + " et al." + when;
        }
        String[] words = text.split("\\s+");
        if (words.length <= TITLE_WORDS) {
            return text + when;
        }
        String title = String.join(" ", List.of(words).subList(0, TITLE_WORDS)).replaceAll("[.,:;]+$", "");
        return title + "\u2026" + when;
    }
}
