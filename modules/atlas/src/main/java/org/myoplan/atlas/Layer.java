package org.myoplan.atlas;

/** How deep a muscle lies, as a clinician peels the body. */
public enum Layer {
    SUPERFICIAL, INTERMEDIATE, DEEP
}
