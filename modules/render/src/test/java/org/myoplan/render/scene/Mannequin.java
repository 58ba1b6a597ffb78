package org.myoplan.render.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * A standing figure of capsules: known geometry for the renderer's tests. Heights are fractions of
 * stature from Winter, Biomechanics and Motor Control of Human Movement (2009), Fig. 4.1, after
 * Drillis and Contini, for a stature of 1.75 m. Frame: metres, Y up, the figure faces +Z, +X is its left.
 */
public final class Mannequin {

    private static final float STATURE = 1.75f;
    private static final Rgba SKIN = Rgba.opaque(0.86f, 0.70f, 0.62f);
    private static final Rgba LIMB = Rgba.opaque(0.78f, 0.33f, 0.30f);

    private Mannequin() {
    }

    public static Scene scene() {
        List<SceneMesh> parts = new ArrayList<>();
        float shoulderY = h(0.818f), elbowY = h(0.630f), wristY = h(0.485f), fingertipY = h(0.377f);
        float hipY = h(0.530f), kneeY = h(0.285f), ankleY = h(0.039f);
        float shoulderX = h(0.259f) / 2, hipX = h(0.191f) / 2 * 0.55f;
        float headRadius = h(0.130f) / 2;

        parts.add(Shapes.sphere("head", p(0, STATURE - headRadius, 0), headRadius, 24, SKIN));
        parts.add(Shapes.capsule("trunk", p(0, hipY + 0.05f, 0), p(0, shoulderY - 0.06f, 0), 0.14f, 24, 6, SKIN));
        for (int sign : new int[] {1, -1}) {
            String side = sign > 0 ? "left" : "right";
            float sx = sign * shoulderX, hx = sign * hipX;
            parts.add(Shapes.capsule("upper_arm." + side, p(sx, shoulderY, 0), p(sx * 1.05f, elbowY, 0), 0.045f, 16, 4,
                    LIMB));
            parts.add(Shapes.capsule("forearm." + side, p(sx * 1.05f, elbowY, 0), p(sx * 1.1f, wristY, 0.02f), 0.035f,
                    16, 4, LIMB));
            parts.add(Shapes.capsule("hand." + side, p(sx * 1.1f, wristY, 0.02f),
                    p(sx * 1.1f, fingertipY + 0.03f, 0.03f), 0.03f, 12, 3, SKIN));
            parts.add(Shapes.capsule("thigh." + side, p(hx, hipY, 0), p(hx, kneeY, 0.01f), 0.07f, 20, 4, LIMB));
            parts.add(Shapes.capsule("shank." + side, p(hx, kneeY, 0.01f), p(hx, ankleY + 0.02f, -0.01f), 0.05f, 20, 4,
                    LIMB));
            parts.add(Shapes.capsule("foot." + side, p(hx, ankleY, -0.03f), p(hx * 1.1f, ankleY, h(0.152f) - 0.06f),
                    0.035f, 12, 3, SKIN));
        }
        return new Scene(parts);
    }

    private static float h(float fractionOfStature) {
        return fractionOfStature * STATURE;
    }

    private static float[] p(float x, float y, float z) {
        return new float[] {x, y, z};
    }
}
