package org.myoplan.history.ui.api;

import java.util.Optional;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * The clinician working with Myoplan on this computer, as set at the first start or in Tools > Options >
 * Documents (Myoplan has no sign-in yet). Recorded with new sessions, acknowledgements and the audit log.
 */
public final class Clinician {

    private static final String NAME = "clinician";

    private Clinician() {
    }

    /** The clinician's name; empty until it is set. */
    public static Optional<String> name() {
        String name = node().get(NAME, "").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Keeps the clinician's name (blank forgets it). */
    public static void setName(String name) {
        node().put(NAME, name == null ? "" : name.strip());
    }

    private static Preferences node() {
        return NbPreferences.forModule(Clinician.class);
    }
}
