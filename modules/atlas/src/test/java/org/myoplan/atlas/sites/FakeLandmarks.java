package org.myoplan.atlas.sites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.landmarks.Landmark;
import org.myoplan.atlas.landmarks.Landmarks;
import org.myoplan.model.Side;

/**
 * Landmarks for the tests: given on the right side, mirrored to the left; a landmark on x = 0 is a midline
 * one. Ids in the vocabulary but without a place stand for landmarks an atlas cannot locate.
 */
final class FakeLandmarks implements Landmarks {

    /** Every landmark id the shipped table uses, and the description lines' ends. */
    static final Set<String> TABLE_IDS = Set.of("acromial_angle", "acromion", "anterior_axillary_fold", "asis",
            "biceps_tendon_cubital_fossa", "coracoid_process", "elbow_crease_midpoint",
            "external_occipital_protuberance", "femoral_epicondyles_midpoint", "fibular_head",
            "first_proximal_phalanx_base", "greater_trochanter", "humerus_intertubercular_medial_lip",
            "humerus_surgical_neck_medial", "iliac_crest_highest", "inferior_angle_scapula",
            "intermalleolar_midpoint", "ischial_tuberosity", "lateral_epicondyle_humerus",
            "lateral_femoral_epicondyle", "lateral_malleolus", "medial_epicondyle_humerus", "medial_femoral_condyle",
            "medial_femoral_epicondyle", "medial_malleolus", "medial_tibial_plateau", "nipple", "olecranon",
            "patella_base", "pisiform", "popliteal_crease_midpoint", "psis", "pubic_tubercle",
            "superior_angle_scapula", "suprasternal_notch", "t12_spinous_process", "t12_transverse_process",
            "t5_spinous_process", "iliac_crest_midpoint", "third_metacarpal_midline", "tibial_condyles_midpoint",
            "ulnar_styloid", "umbilicus", "radial_styloid");

    private final Map<String, Vec3> right = new LinkedHashMap<>();
    private final List<Landmark> vocabulary = new ArrayList<>();

    FakeLandmarks(Set<String> ids) {
        ids.stream().sorted().forEach(id -> vocabulary.add(new Landmark(id, name(id), Landmark.Kind.BONY, true)));
    }

    /** Places a landmark (right side; mirrored for the left). */
    FakeLandmarks at(String id, double x, double y, double z) {
        right.put(id, new Vec3(x, y, z));
        return this;
    }

    /** "lateral_epicondyle_humerus" is "Lateral epicondyle humerus": enough for the tests' texts. */
    private static String name(String id) {
        String words = id.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    public List<Landmark> vocabulary() {
        return vocabulary;
    }

    @Override
    public Optional<Vec3> locate(String id, Side side) {
        Vec3 p = right.get(id);
        return p == null ? Optional.empty() : Optional.of(side == Side.LEFT ? p.mirroredX() : p);
    }
}
