package org.myoplan.viewer.api;

/**
 * Window modes the 3D View's module defines for other modules' windows. The names must match the
 * {@code .wsmode} files of this module's layer.
 */
public final class WindowModes {

    /**
     * The area under the 3D View (plans.wsmode), where windows about the model's muscles open (plans,
     * histories, the therapist view, outcomes) so the model stays in sight.
     */
    public static final String PLANS = "plans";

    /**
     * Beside the 3D View, on its right (guidance.wsmode): the injection guidance of the selected target,
     * next to the model its suggested sites are drawn on.
     */
    public static final String GUIDANCE = "guidance";

    private WindowModes() {
    }
}
