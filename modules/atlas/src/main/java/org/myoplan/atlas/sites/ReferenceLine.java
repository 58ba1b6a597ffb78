package org.myoplan.atlas.sites;

import java.util.List;
import java.util.Objects;

/**
 * A line between two palpable landmarks that a clinician measures along with a tape to find an injection
 * point again: "38% of the way from the acromion to the lateral epicondyle". Each runs from the proximal
 * (or upper) landmark to the distal (or lower) one.
 *
 * @param limb whether the line is on a limb, where "up" reads proximal/distal, or on the trunk and girdles,
 *        where it reads superior/inferior
 */
public record ReferenceLine(String id, String fromId, String toId, boolean limb) {

    /**
     * The lines points are described against, one or two per region, chosen from those the reference table's
     * studies and the needle-EMG guides measure along, so that a description reads as the clinic's own.
     * A point is described against the nearest of these whose landmarks the atlas can locate.
     */
    public static final List<ReferenceLine> TABLE = List.of(
            // shoulder girdle and trunk
            trunk("clavicle", "suprasternal_notch", "acromion"),
            trunk("scapular_spine", "superior_angle_scapula", "acromion"),
            trunk("scapular_medial_border", "superior_angle_scapula", "inferior_angle_scapula"),
            trunk("back_midline", "external_occipital_protuberance", "t12_spinous_process"),
            trunk("abdomen", "asis", "umbilicus"),
            trunk("gluteal", "iliac_crest_highest", "greater_trochanter"),
            trunk("gluteal_posterior", "psis", "greater_trochanter"),
            // upper limb
            limb("arm", "acromion", "lateral_epicondyle_humerus"),
            limb("forearm_radial", "lateral_epicondyle_humerus", "radial_styloid"),
            limb("forearm_ulnar", "medial_epicondyle_humerus", "ulnar_styloid"),
            // lower limb
            limb("thigh_anterior", "asis", "patella_base"),
            limb("thigh_lateral", "greater_trochanter", "lateral_femoral_epicondyle"),
            limb("thigh_medial", "pubic_tubercle", "medial_femoral_epicondyle"),
            limb("thigh_posterior", "ischial_tuberosity", "femoral_epicondyles_midpoint"),
            limb("leg_lateral", "fibular_head", "lateral_malleolus"),
            limb("leg_medial", "medial_tibial_plateau", "medial_malleolus"));

    public ReferenceLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
    }

    /** The line of the table with this id. */
    public static ReferenceLine byId(String id) {
        return TABLE.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reference line '" + id + "'"));
    }

    private static ReferenceLine trunk(String id, String from, String to) {
        return new ReferenceLine(id, from, to, false);
    }

    private static ReferenceLine limb(String id, String from, String to) {
        return new ReferenceLine(id, from, to, true);
    }
}
