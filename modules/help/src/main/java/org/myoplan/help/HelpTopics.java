package org.myoplan.help;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's pages, and which page answers a help request. A request names either a HelpCtx id
 * ({@code "myoplan.<page>"}, or one of {@link #BY_HELP_ID}, e.g. an Options panel's) or, for a window that
 * declares no help of its own, the window's ID in the window system ({@link #BY_WINDOW}). Pages are HTML
 * files in {@code org/myoplan/help/pages/}, linked to each other by file name.
 */
public final class HelpTopics {

    /** The contents page: Help > Myoplan Help, and every request no page answers. */
    public static final String GUIDE = "guide.html";

    static final String PAGES = "pages/";

    /** Every page of the guide. */
    static final List<String> ALL = List.of(GUIDE, "dose-checks.html", "shortcuts.html", "3d-view.html",
            "muscles.html", "patients.html", "session-editor.html", "history.html", "therapist.html",
            "outcomes.html", "options.html");

    /** HelpCtx ids other modules give their panels (string ids: they need not depend on this module). */
    static final Map<String, String> BY_HELP_ID = Map.of(
            "myoplan.options.records", "options.html#records",
            "myoplan.options.documents", "options.html#documents",
            "myoplan.options.clinician", "options.html#clinician");

    /** Windows by their window-system ID (preferredID; a second copy's "_1" suffix is ignored). */
    static final Map<String, String> BY_WINDOW = Map.of(
            "ViewerTopComponent", "3d-view.html",
            "MusclesTopComponent", "muscles.html",
            "PatientsTopComponent", "patients.html",
            "SessionEditor", "session-editor.html",
            "PatientHistory", "history.html",
            "TherapistView", "therapist.html",
            "OutcomesTopComponent", "outcomes.html",
            HelpTopComponent.ID, GUIDE);

    private HelpTopics() {
    }

    /** The page (with its anchor, if any) for a HelpCtx id; empty when the id is not Myoplan's. */
    public static Optional<String> forHelpId(String helpId) {
        if (helpId == null) {
            return Optional.empty();
        }
        if (BY_HELP_ID.containsKey(helpId)) {
            return Optional.of(BY_HELP_ID.get(helpId));
        }
        if (helpId.startsWith("myoplan.") && ALL.contains(helpId.substring("myoplan.".length()) + ".html")) {
            return Optional.of(helpId.substring("myoplan.".length()) + ".html");
        }
        return Optional.empty();
    }

    /** The page for a window by its window-system ID; empty for a window the guide does not describe. */
    public static Optional<String> forWindow(String windowId) {
        if (windowId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_WINDOW.get(windowId.replaceFirst("_\\d+$", "")));
    }

    /** Where a page (possibly with an anchor) is; empty when the guide has no such page. */
    public static Optional<URL> url(String page) {
        int hash = page.indexOf('#');
        String file = hash < 0 ? page : page.substring(0, hash);
        URL url = HelpTopics.class.getResource(PAGES + file);
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(hash < 0 ? url : new URL(url, page.substring(hash)));
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }
}
