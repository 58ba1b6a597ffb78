package org.myoplan.ui.support;

import java.util.Optional;

/** The form of a Tools > Options category, as {@link OptionsFormController} drives it. */
public interface OptionsForm {

    /** Fills the fields from the stored settings; what is loaded is what {@link #changed()} compares with. */
    void load();

    /** Stores the fields if they are valid and changed; true when something was stored. */
    boolean store();

    /** What is wrong with the fields as they are, in words; empty when they can be stored. */
    Optional<String> problem();

    /** True when a field differs from what was loaded. */
    boolean changed();
}
