/**
 * Suggested injection sites, and injection points described in words an injector can follow. No UI.
 *
 * <p><b>The reference table.</b> {@code injection-sites.csv} beside this package's classes (with
 * {@code injection-sites.md}, which says how it was made) is copied unchanged from the project's reference
 * folder ({@code shared/reference}): one row per site per source, from motor-point, Sihler-stain and needle
 * studies and a few guides, read mostly in abstracts. Numbers are never edited by hand; a correction is
 * a new copy of the reference file. Every row keeps its source and its status (published, secondary,
 * unconfirmed). {@code landmark_a} is the source's 0% end; a fraction is a value or a zone; an empty fraction
 * makes the row a description only; rows of one muscle from different studies may disagree and are shown
 * apart, never averaged; some rows are nerve-block targets
 * ({@link org.myoplan.atlas.sites.SuggestedSite#nerveBlockTarget()}).
 *
 * <p><b>Caveats</b> ({@link org.myoplan.atlas.sites.SiteCatalog#CAVEAT}, to be shown once with the sites): a
 * suggested site is where to start looking, to be confirmed with ultrasound or electrical stimulation; the
 * data come from small samples of cadavers or healthy volunteers, not spastic limbs, and vary between people;
 * a straight bone-to-bone line only approximates the curved skin lines some studies used.
 *
 * <ul>
 * <li>{@link org.myoplan.atlas.sites.SiteCatalog} reads the table and answers {@code sitesOf(muscleId)}.</li>
 * <li>{@link org.myoplan.atlas.sites.SitePlacer} puts a site on a muscle of an atlas, or says why it cannot.</li>
 * <li>{@link org.myoplan.atlas.sites.PointDescriber} describes any point against the nearest landmark line
 *     ("38% of the way from the acromion to the lateral epicondyle, 2 cm anterior") and builds a point back
 *     from such a description.</li>
 * </ul>
 */
package org.myoplan.atlas.sites;
