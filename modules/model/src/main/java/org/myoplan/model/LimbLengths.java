package org.myoplan.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The patient's limb lengths the clinician measured with a tape, in centimetres, each between two palpable
 * landmarks; any may be missing. Injection points are described along the same lines, so a measured length
 * scales a description's centimetres to this patient instead of the atlas.
 *
 * @param armCm acromion to lateral epicondyle of the humerus
 * @param forearmCm lateral epicondyle of the humerus to radial styloid
 * @param thighCm greater trochanter to lateral femoral epicondyle
 * @param legCm fibular head to lateral malleolus
 */
public record LimbLengths(BigDecimal armCm, BigDecimal forearmCm, BigDecimal thighCm, BigDecimal legCm) {

    /** No length measured: descriptions use the atlas's. */
    public static final LimbLengths NONE = new LimbLengths(null, null, null, null);

    /** The shortest length taken as a measure of a limb segment, in cm (a child's forearm is longer). */
    public static final BigDecimal MIN_CM = BigDecimal.valueOf(5);
    /** The longest, in cm (an adult's thigh is shorter). */
    public static final BigDecimal MAX_CM = BigDecimal.valueOf(100);

    public LimbLengths {
        check("arm", armCm);
        check("forearm", forearmCm);
        check("thigh", thighCm);
        check("leg", legCm);
        armCm = plain(armCm);
        forearmCm = plain(forearmCm);
        thighCm = plain(thighCm);
        legCm = plain(legCm);
    }

    /** 31.50 as 31.5 and 40.0 as 40: the same length is the same value, however it was typed or stored. */
    private static BigDecimal plain(BigDecimal cm) {
        if (cm == null) {
            return null;
        }
        BigDecimal stripped = cm.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void check(String field, BigDecimal cm) {
        if (cm != null && (cm.compareTo(MIN_CM) < 0 || cm.compareTo(MAX_CM) > 0)) {
            throw new IllegalArgumentException("The " + field + " length must be between " + MIN_CM + " and "
                    + MAX_CM + " cm, not " + cm.toPlainString() + " cm");
        }
        if (cm != null && cm.stripTrailingZeros().scale() > 2) {
            // kept as DECIMAL(5, 2) in the history: finer than a tape reads would be cut there
            throw new IllegalArgumentException("The " + field + " length has more than two decimals: "
                    + cm.toPlainString() + " cm");
        }
    }

    public LimbLengths withArm(BigDecimal cm) {
        return new LimbLengths(cm, forearmCm, thighCm, legCm);
    }

    public LimbLengths withForearm(BigDecimal cm) {
        return new LimbLengths(armCm, cm, thighCm, legCm);
    }

    public LimbLengths withThigh(BigDecimal cm) {
        return new LimbLengths(armCm, forearmCm, cm, legCm);
    }

    public LimbLengths withLeg(BigDecimal cm) {
        return new LimbLengths(armCm, forearmCm, thighCm, cm);
    }

    /** Whether no length is measured. */
    public boolean isEmpty() {
        return armCm == null && forearmCm == null && thighCm == null && legCm == null;
    }

    /**
     * The measured lengths by the id of the reference line each is measured along ("arm", "forearm_radial",
     * "thigh_lateral", "leg_lateral"), in cm; a length not measured is absent.
     */
    public Map<String, Double> byLine() {
        Map<String, Double> lines = new LinkedHashMap<>();
        put(lines, "arm", armCm);
        put(lines, "forearm_radial", forearmCm);
        put(lines, "thigh_lateral", thighCm);
        put(lines, "leg_lateral", legCm);
        return Map.copyOf(lines);
    }

    private static void put(Map<String, Double> lines, String line, BigDecimal cm) {
        if (cm != null) {
            lines.put(line, cm.doubleValue());
        }
    }
}
