package org.myoplan.atlas.landmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Triangles;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

/**
 * The anatomy every atlas's landmarks must show, for the built-in and the imported atlas alike: which side of
 * which a landmark lies, left mirroring right, bony landmarks on a bone. Public for RealLandmarksTest.
 */
public final class LandmarkAnatomy {

    /** Every landmark id of shared/reference/injection-sites.csv (landmark_a, landmark_b), and T5 to mid-crest. */
    public static final List<String> INJECTION_SITE_IDS = List.of("acromial_angle", "acromion",
            "anterior_axillary_fold", "asis", "biceps_tendon_cubital_fossa", "coracoid_process",
            "elbow_crease_midpoint", "external_occipital_protuberance", "femoral_epicondyles_midpoint", "fibular_head",
            "first_proximal_phalanx_base", "greater_trochanter", "humerus_intertubercular_medial_lip",
            "humerus_surgical_neck_medial", "iliac_crest_highest", "inferior_angle_scapula", "intermalleolar_midpoint",
            "ischial_tuberosity", "lateral_epicondyle_humerus", "lateral_femoral_epicondyle", "lateral_malleolus",
            "medial_epicondyle_humerus", "medial_femoral_condyle", "medial_femoral_epicondyle", "medial_malleolus",
            "medial_tibial_plateau", "nipple", "olecranon", "patella_base", "pisiform", "popliteal_crease_midpoint",
            "psis", "pubic_tubercle", "superior_angle_scapula", "suprasternal_notch", "t12_spinous_process",
            "t12_transverse_process", "third_metacarpal_midline", "tibial_condyles_midpoint", "ulnar_styloid",
            "umbilicus", "t5_spinous_process", "iliac_crest_midpoint");

    /** The issue's list of palpable landmarks (issue 14). */
    public static final List<String> ISSUE_IDS = List.of("acromion", "coracoid_process", "lateral_epicondyle_humerus",
            "medial_epicondyle_humerus", "olecranon", "radial_styloid", "ulnar_styloid", "pisiform",
            "inferior_angle_scapula", "iliac_crest_highest", "iliac_crest_midpoint", "asis", "psis",
            "greater_trochanter", "ischial_tuberosity", "lateral_femoral_epicondyle", "medial_femoral_epicondyle",
            "patella", "patella_base", "fibular_head", "tibial_tuberosity", "lateral_malleolus", "medial_malleolus",
            "calcaneus", "first_metatarsal_head", "fifth_metatarsal_base");

    private final Atlas atlas;
    private final AtlasLandmarks landmarks;

    public LandmarkAnatomy(Atlas atlas) {
        this.atlas = atlas;
        this.landmarks = atlas.landmarks();
    }

    /** Each side's landmarks against each other, as a clinician would find them on a standing body. */
    public void checkRelations() {
        for (Side side : Side.values()) {
            lateralOf(side, "lateral_epicondyle_humerus", "medial_epicondyle_humerus");
            lateralOf(side, "lateral_femoral_epicondyle", "medial_femoral_epicondyle");
            lateralOf(side, "radial_styloid", "ulnar_styloid");
            lateralOf(side, "lateral_tibial_condyle", "medial_tibial_condyle");
            lateralOf(side, "greater_trochanter", "asis");
            lateralOf(side, "asis", "pubic_tubercle");
            lateralOf(side, "acromion", "coracoid_process");
            above(side, "acromion", highest(side, "humerus", "humeral_head"), "the humeral head");
            behind(side, "olecranon", "lateral_epicondyle_humerus");
            behind(side, "olecranon", "medial_epicondyle_humerus");
            below(side, "lateral_malleolus", "medial_malleolus");
            behind(side, "psis", "asis");
            below(side, "asis", "iliac_crest_highest");
            below(side, "ischial_tuberosity", "asis");
            behind(side, "ischial_tuberosity", "pubic_tubercle");
            below(side, "inferior_angle_scapula", "superior_angle_scapula");
            behind(side, "acromion", "coracoid_process");
            behind(side, "acromial_angle", "acromion");
            behind(side, "femoral_epicondyles_midpoint", "patella");
            below(side, "patella", "patella_base");
            below(side, "tibial_tuberosity", "medial_tibial_plateau");
            behind(side, "tibial_condyles_midpoint", "tibial_tuberosity");
            below(side, "lateral_malleolus", "fibular_head");
            below(side, "humerus_intertubercular_medial_lip", "acromion");
            behind(side, "calcaneus", "intermalleolar_midpoint");
            behind(side, "calcaneus", "first_metatarsal_head");
            below(side, "first_metatarsal_head", "medial_malleolus");
            below(side, "pisiform", "ulnar_styloid", 0.02);
            behind(side, "mid_epicondyles_humerus", "elbow_crease_midpoint");
            behind(side, "popliteal_crease_midpoint", "femoral_epicondyles_midpoint");
        }
        below(Side.RIGHT, "t12_spinous_process", "t5_spinous_process");
        below(Side.RIGHT, "t5_spinous_process", "external_occipital_protuberance");
        below(Side.RIGHT, "t5_spinous_process", "suprasternal_notch");
        behind(Side.RIGHT, "t5_spinous_process", "suprasternal_notch");
    }

    /** A paired landmark's left mirrors its right within {@code tolerance} metres; all that do not are listed. */
    public void checkMirror(double tolerance) {
        List<String> off = new ArrayList<>();
        for (Landmark l : landmarks.vocabulary()) {
            var right = landmarks.locate(l.id(), Side.RIGHT);
            var left = landmarks.locate(l.id(), Side.LEFT);
            assertEquals(right.isPresent(), left.isPresent(), l.id() + " placed on one side only");
            double distance = right.isEmpty() ? 0 : l.paired() ? right.get().mirroredX().distance(left.get())
                    : Math.abs(right.get().x());
            if (distance > tolerance) {
                off.add(String.format(Locale.ROOT, "%s %.1f mm", l.id(), distance * 1000));
            }
        }
        assertEquals(List.of(), off, "landmarks whose left is not the right's mirror image (midline ones: off x = 0)");
    }

    /** Whether the rule of this landmark takes a vertex of a bone (so it lies on the bone's surface). */
    public static boolean onABone(String id, boolean bodyParts3d) {
        LandmarkTable.Entry entry = LandmarkTable.shipped().entry(id);
        return (bodyParts3d ? entry.bodyParts3d() : entry.builtIn()) instanceof Rule.Extreme e && !e.muscle();
    }

    /** Every placed bony landmark's distance to the nearest bone surface (metres), by key. */
    public Map<String, Double> boneDistances() {
        Map<String, Double> result = new LinkedHashMap<>();
        landmarks.placed().forEach((key, point) -> {
            String id = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (landmarks.landmark(id).orElseThrow().kind() == Landmark.Kind.BONY) {
                result.put(key, atlas.bones().stream().mapToDouble(b -> distance(b.mesh(), point)).min().orElseThrow());
            }
        });
        return result;
    }

    /** Which landmarks this atlas cannot place, with why: "nipple (right): ...". */
    public List<String> unplaced() {
        List<String> result = new ArrayList<>();
        for (Landmark l : landmarks.vocabulary()) {
            for (Side side : l.paired() ? List.of(Side.RIGHT, Side.LEFT) : List.of(Side.RIGHT)) {
                landmarks.whyUnplaced(l.id(), side).ifPresent(why -> result.add(l.id() + (l.paired() ? " ("
                        + side.displayName() + ")" : "") + ": " + why));
            }
        }
        return result;
    }

    private Vec3 at(Side side, String id) {
        return landmarks.locate(id, side).orElseThrow(() -> new AssertionError(id + " is not placed on the "
                + side.displayName() + ": " + landmarks.whyUnplaced(id, side).orElse("")));
    }

    private void lateralOf(Side side, String outer, String inner) {
        assertTrue(Math.abs(at(side, outer).x()) > Math.abs(at(side, inner).x()), side.displayName() + " " + outer
                + " lateral of " + inner + ": " + at(side, outer) + " " + at(side, inner));
    }

    private void below(Side side, String lower, String upper) {
        below(side, lower, upper, 0);
    }

    private void below(Side side, String lower, String upper, double slack) {
        assertTrue(at(side, lower).y() < at(side, upper).y() + slack, side.displayName() + " " + lower + " below "
                + upper + ": " + at(side, lower) + " " + at(side, upper));
    }

    private void above(Side side, String id, double height, String what) {
        assertTrue(at(side, id).y() > height, side.displayName() + " " + id + " above " + what + " (" + height
                + "): " + at(side, id));
    }

    private void behind(Side side, String back, String front) {
        assertTrue(at(side, back).z() < at(side, front).z(), side.displayName() + " " + back + " behind " + front
                + ": " + at(side, back) + " " + at(side, front));
    }

    private double highest(Side side, String... boneIds) {
        return atlas.bones().stream().filter(b -> b.side() == side && List.of(boneIds).contains(b.id()))
                .map(Bone::mesh).mapToDouble(m -> m.bounds()[4]).max()
                .orElseThrow(() -> new AssertionError("no " + String.join(" or ", boneIds)));
    }

    /** The distance from a point to a mesh's surface: the nearest point of its nearest triangle. */
    static double distance(Mesh mesh, Vec3 p) {
        double best = Double.MAX_VALUE;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            best = Math.min(best, p.distance(Triangles.closestPoint(p, vertex(mesh, t, 0), vertex(mesh, t, 1),
                    vertex(mesh, t, 2))));
        }
        return best;
    }

    private static Vec3 vertex(Mesh mesh, int triangle, int corner) {
        int v = mesh.corner(triangle, corner);
        return new Vec3(mesh.x(v), mesh.y(v), mesh.z(v));
    }
}
