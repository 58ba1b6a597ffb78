package org.myoplan.render.scene;

/** The depth layers a clinician shows, hides or makes translucent, from the inside out. */
public enum Layer {
    BONES("Bones"),
    DEEP_MUSCLES("Deep muscles"),
    INTERMEDIATE_MUSCLES("Intermediate muscles"),
    SUPERFICIAL_MUSCLES("Superficial muscles"),
    SKIN("Skin");

    private final String displayName;

    Layer(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
