package org.myoplan.model;

/** How the needle is guided to the muscle. */
public enum Guidance {
    ULTRASOUND("ultrasound"),
    E_STIM("electrical stimulation"),
    EMG("EMG"),
    PALPATION("palpation");

    private final String displayName;

    Guidance(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
