package org.myoplan.documents;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Limb;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.render.AnatomySnapshots;
import org.myoplan.render.scene.AtlasScene;
import org.myoplan.render.scene.Marker;
import org.myoplan.render.scene.Scene;

/**
 * The pictures of a plan: the whole body from the front and the back, then a close-up of each treated
 * region ("Left upper limb", "Right lower limb"...) from the side that shows its injection points.
 * Target muscles are emphasised; injection points are numbered within their target, as the plan lists
 * them, and drawn only where the camera sees them (a faint ring where they lie behind). Drawn offscreen
 * (OpenGL; on a server a display such as Xvfb). Keeps its offscreen buffer between plans: close it when done.
 */
public final class PlanPictures implements AutoCloseable {

    public static final Color TARGET = new Color(35, 95, 225);
    public static final Color POINT = new Color(20, 190, 60);
    /** Room around a region's target muscles in its close-up, in metres: enough to see where they are. */
    static final float CLOSE_UP_ROOM = 0.05f;

    private final Atlas atlas;
    private final AnatomySnapshots snapshots;

    public PlanPictures(Atlas atlas) {
        this.atlas = atlas;
        this.snapshots = new AnatomySnapshots(AtlasScene.of(atlas));
    }

    /** The atlas the pictures draw. */
    public Atlas atlas() {
        return atlas;
    }

    /**
     * @throws RuntimeException (OpenGlUnavailableException, IllegalStateException) when they cannot be drawn
     */
    public List<Picture> of(PlanFacts plan, int width, int height) {
        return framed(plan, width, height).stream().map(Framed::picture).toList();
    }

    /** A picture with what it was made to show (the box it fits), for checking its framing. */
    record Framed(Picture picture, AnatomySnapshots.Shot shot, Scene.Bounds framed) {
    }

    /** A treated region: its caption, its target muscles and their injection points. */
    private record Region(String caption, List<String> muscleKeys, List<Marker> markers) {
    }

    List<Framed> framed(PlanFacts plan, int width, int height) {
        Map<String, Color> emphasis = new HashMap<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        for (Target target : plan.session().targets()) {
            List<Muscle> muscles = atlas.resolve(target.muscleId(), target.side());
            if (muscles.isEmpty()) {
                continue;
            }
            String caption = regionOf(muscles.get(0));
            Region region = regions.computeIfAbsent(caption, c -> new Region(c, new ArrayList<>(), new ArrayList<>()));
            for (Muscle muscle : muscles) {
                emphasis.put(muscle.key(), TARGET);
                region.muscleKeys().add(muscle.key());
            }
            int number = 1;
            for (InjectionPoint point : target.injectionPoints()) {
                region.markers().add(Marker.of(point.x(), point.y(), point.z(), POINT, String.valueOf(number++)));
            }
        }
        List<Marker> markers = regions.values().stream().flatMap(r -> r.markers().stream()).toList();
        List<Framed> pictures = new ArrayList<>();
        Scene.Bounds body = snapshots.body();
        float overviewMarker = Math.max(6f, height / 70f);
        pictures.add(picture("Anterior", snapshots.shoot(AnatomySnapshots.View.ANTERIOR, emphasis, markers, body,
                overviewMarker, width, height), body));
        pictures.add(picture("Posterior", snapshots.shoot(AnatomySnapshots.View.POSTERIOR, emphasis, markers, body,
                overviewMarker, width, height), body));
        for (Region region : regions.values()) {
            pictures.add(closeUp(region, emphasis, markers, width, height));
        }
        return pictures;
    }

    /**
     * A region from the front or the back, whichever shows more of its injection points (or, with none
     * placed, more of its target muscles).
     */
    private Framed closeUp(Region region, Map<String, Color> emphasis, List<Marker> markers, int width, int height) {
        Scene.Bounds framed = snapshots.boundsOf(region.muscleKeys()).grownBy(CLOSE_UP_ROOM);
        float marker = Math.max(8f, height / 40f);
        AnatomySnapshots.Shot front = snapshots.shoot(AnatomySnapshots.View.ANTERIOR, emphasis, markers, framed, marker,
                width, height);
        AnatomySnapshots.Shot back = snapshots.shoot(AnatomySnapshots.View.POSTERIOR, emphasis, markers, framed, marker,
                width, height);
        long frontPoints = visibleIn(front, region), backPoints = visibleIn(back, region);
        boolean useBack = backPoints != frontPoints ? backPoints > frontPoints
                : targetPixels(back) > targetPixels(front);
        return useBack ? picture(region.caption() + ", from behind", back, framed)
                : picture(region.caption() + ", from the front", front, framed);
    }

    private static long visibleIn(AnatomySnapshots.Shot shot, Region region) {
        return shot.markers().stream().filter(m -> m.visible() && region.markers().contains(m.marker())).count();
    }

    /** Pixels of the target colour, shaded: blue well above red. */
    private static long targetPixels(AnatomySnapshots.Shot shot) {
        long count = 0;
        for (int y = 0; y < shot.image().getHeight(); y += 2) {
            for (int x = 0; x < shot.image().getWidth(); x += 2) {
                int rgb = shot.image().getRGB(x, y);
                int r = (rgb >> 16) & 0xff, b = rgb & 0xff;
                count += b > 120 && b > r + 60 ? 1 : 0;
            }
        }
        return count;
    }

    private Framed picture(String caption, AnatomySnapshots.Shot shot, Scene.Bounds framed) {
        return new Framed(new Picture(shot.image(), caption, credit()), shot, framed);
    }

    /** The atlas's attribution, printed on each page with one of these pictures ("Anatomy: BodyParts3D, ..."). */
    String credit() {
        String attribution = atlas.provenance().attribution();
        return attribution.isEmpty() ? "" : "Anatomy: " + attribution;
    }

    /** "Left upper limb", "Right lower limb", or "Left trunk and neck" for a muscle of neither limb. */
    static String regionOf(Muscle muscle) {
        String side = muscle.side() == Side.LEFT ? "Left" : "Right";
        if (muscle.limb() == null) {
            return side + " trunk and neck";
        }
        return side + (muscle.limb() == Limb.UPPER ? " upper limb" : " lower limb");
    }

    /** Frees the offscreen buffer. */
    @Override
    public void close() {
        snapshots.close();
    }

    /** What the pictures' colours mean. */
    public static List<TreatmentPlanPdf.LegendEntry> legend() {
        return List.of(new TreatmentPlanPdf.LegendEntry(TARGET, "target muscle"),
                new TreatmentPlanPdf.LegendEntry(POINT,
                "injection point, numbered within its target (a faint ring when it lies behind)"));
    }
}
