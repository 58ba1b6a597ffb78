package org.myoplan.history.ui.api;

/**
 * The layer folder of the actions on a patient (Open Plan, History, Outcomes, Add Assessment...): the
 * patients window shows them on a patient's node, and any module registers its own there with
 * {@code @ActionReference(path = PatientActionsFolder.PATH)}. It lives here, beside
 * {@link PatientRecords}, because both the module that reads the folder (planning) and the modules
 * that fill it (outcomes) depend on this one, and the outcomes module must not depend on planning.
 */
public final class PatientActionsFolder {

    public static final String PATH = "Myoplan/Patient/Actions";

    private PatientActionsFolder() {
    }
}
