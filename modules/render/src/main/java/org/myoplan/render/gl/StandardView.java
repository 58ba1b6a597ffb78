package org.myoplan.render.gl;

/** The views a clinician names: from the front, the back, either side, and from above. */
public enum StandardView {
    ANTERIOR("Anterior", 0, 0),
    POSTERIOR("Posterior", 180, 0),
    LEFT("Left", 90, 0),
    RIGHT("Right", -90, 0),
    SUPERIOR("Superior", 0, 89.5);

    private final String displayName;
    private final float yawRadians;
    private final float pitchRadians;

    StandardView(String displayName, double yawDegrees, double pitchDegrees) {
        this.displayName = displayName;
        this.yawRadians = (float) Math.toRadians(yawDegrees);
        this.pitchRadians = (float) Math.toRadians(pitchDegrees);
    }

    public String displayName() {
        return displayName;
    }

    float yaw() {
        return yawRadians;
    }

    float pitch() {
        return pitchRadians;
    }
}
