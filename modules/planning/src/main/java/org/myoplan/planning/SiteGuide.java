package org.myoplan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.landmarks.Landmarks;
import org.myoplan.atlas.sites.PointDescriber;
import org.myoplan.atlas.sites.PointDescription;
import org.myoplan.atlas.sites.SiteCatalog;
import org.myoplan.atlas.sites.SitePlacement;
import org.myoplan.atlas.sites.SitePlacer;
import org.myoplan.atlas.sites.SuggestedSite;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Side;

/**
 * Where to inject, on one atlas: the suggested sites of a target's muscles placed on it (from the
 * reference table, each with its source) and any injection point described in words. One guide per
 * atlas, made on first use and kept while the atlas is; placing a muscle's sites is done once per side.
 */
public final class SiteGuide {

    private static final Map<Atlas, SiteGuide> GUIDES = new WeakHashMap<>();

    private final SiteCatalog catalog;
    private final SitePlacer placer;
    private final PointDescriber describer;
    private final Landmarks landmarks;
    private final Map<String, List<SitePlacement>> placed = new ConcurrentHashMap<>();

    private SiteGuide(Atlas atlas) {
        this.landmarks = atlas.landmarks();
        this.catalog = SiteCatalog.shipped(landmarks, atlas);
        this.placer = new SitePlacer(atlas, landmarks);
        this.describer = new PointDescriber(landmarks);
    }

    /** The guide of this atlas (its landmarks are located on first use: call it off the event thread then). */
    public static SiteGuide of(Atlas atlas) {
        synchronized (GUIDES) {
            return GUIDES.computeIfAbsent(atlas, SiteGuide::new);
        }
    }

    /** What the reference's notes ask to show once with the suggestions. */
    public static String caveat() {
        return SiteCatalog.CAVEAT;
    }

    /** The landmarks of the guide's atlas, for names in sentences. */
    public Landmarks landmarks() {
        return landmarks;
    }

    /**
     * The suggested sites of these muscles (a target's: one muscle, or the heads of a group) on their side,
     * in the reference table's order; a site that cannot be placed comes with the reason.
     */
    public List<SitePlacement> suggestions(List<Muscle> muscles) {
        List<SitePlacement> all = new ArrayList<>();
        for (Muscle muscle : muscles) {
            all.addAll(placed.computeIfAbsent(muscle.key(),
                    key -> placer.place(catalog.sitesOf(muscle.id()), muscle.side())));
        }
        return all;
    }

    /** Whether the reference table has any site for this muscle id (placed or text only). */
    public boolean hasSites(String muscleId) {
        return !catalog.sitesOf(muscleId).isEmpty();
    }

    /** The sites Use Suggested Sites adds: placed ones (a zone by its middle), but never a nerve-block target. */
    public static List<InjectionPoint> pointsToUse(List<SitePlacement> chosen) {
        return chosen.stream().filter(SitePlacement::placed).filter(p -> !p.site().nerveBlockTarget())
                .map(SitePlacement::point).map(p -> new InjectionPoint(p.x(), p.y(), p.z())).distinct().toList();
    }

    /** An injection point in words, on the nearest reference line; empty when the atlas locates none. */
    public Optional<PointDescription> describe(InjectionPoint point, Side side) {
        return describe(point, side, LimbLengths.NONE);
    }

    /**
     * An injection point in words, its centimetres scaled to the patient's own length of its line when the
     * session has it measured, otherwise to the atlas's; empty when the atlas locates no line.
     */
    public Optional<PointDescription> describe(InjectionPoint point, Side side, LimbLengths lengths) {
        return describer.describe(new Vec3(point.x(), point.y(), point.z()), side, lengths.byLine());
    }

    /** The text for a point, or a plain note when the atlas cannot describe it. */
    public String describeText(InjectionPoint point, Side side) {
        return describeText(point, side, LimbLengths.NONE);
    }

    /** The text for a point, scaled to the patient's lengths where measured, or a plain note. */
    public String describeText(InjectionPoint point, Side side, LimbLengths lengths) {
        return describe(point, side, lengths).map(PointDescription::text).orElse(PointDescriber.NOT_DESCRIBED);
    }

    /** A target's points in words, in their order (numbered so on the model), scaled as describeText is. */
    public List<String> describeAll(List<InjectionPoint> points, Side side, LimbLengths lengths) {
        return points.stream().map(p -> describeText(p, side, lengths)).toList();
    }

    /** The site's own measure in words (its landmarks and fraction, as the source gives them). */
    public String measure(SuggestedSite site) {
        return site.lineText(landmarks);
    }
}
