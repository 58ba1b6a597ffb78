package org.myoplan.planning.ui;

import java.util.List;
import org.myoplan.atlas.sites.SitePlacement;
import org.myoplan.atlas.sites.SuggestedSite;
import org.myoplan.model.InjectionPoint;
import org.myoplan.planning.SiteGuide;
import org.myoplan.ui.support.Html;
import org.openide.util.NbBundle.Messages;

/**
 * The Guidance window's texts: a suggested site whole, as its source gives it, and the plan's own
 * injection points in words. Every text from the reference table is escaped.
 */
@Messages({
    "SITE_Where=Where", "SITE_OnModel=On the model", "SITE_Offset=Beside the line", "SITE_Depth=Depth",
    "SITE_Position=Position", "SITE_Avoid=Avoid", "SITE_Source=Source",
    "MSG_NerveBlock=A nerve-block target: where a motor nerve branch can be blocked, not where toxin goes into"
            + " the muscle.",
    "MSG_Unconfirmed=Unconfirmed: read in a chapter whose title or authors could not be verified.",
    "MSG_Secondary=Secondary: read in a guide or chapter citing the study.",
    "MSG_Published=Published: read in the study (its abstract).",
    "# {0} - mm", "SITE_DepthMm={0} mm",
    "MSG_ZoneShown=a zone: its two ends as dots and its middle as the lettered diamond",
    "MSG_PointShown=the lettered diamond",
    "# {0} - why", "MSG_TextOnly=text only: {0}",
    "MSG_NotGiven=not given by the source",
    "SITE_PlanPoints=Injection points of the plan",
    "MSG_NoPoints=The plan has no injection point on this target yet: use suggested sites, or Place Sites and"
            + " click on the muscle."
})
final class GuidanceText {

    private GuidanceText() {
    }

    /** A suggested site whole: what and where, how it shows on the model, and everything its source says. */
    static String site(SiteGuide guide, SitePlacement placement, String letter) {
        SuggestedSite site = placement.site();
        StringBuilder html = new StringBuilder("<html><body style='font-family:sans-serif'>");
        html.append("<b>").append(letter).append(". ").append(Html.escape(site.site())).append("</b>");
        if (site.nerveBlockTarget()) {
            html.append("<br><font color='#a04000'>").append(Bundle.MSG_NerveBlock()).append("</font>");
        }
        html.append("<table cellpadding='1'>");
        row(html, Bundle.SITE_Where(), guide.measure(site));
        row(html, Bundle.SITE_OnModel(), !placement.placed() ? Bundle.MSG_TextOnly(placement.whyNot())
                : placement.isZone() ? Bundle.MSG_ZoneShown() : Bundle.MSG_PointShown());
        row(html, Bundle.SITE_Offset(), site.offset());
        row(html, Bundle.SITE_Depth(), site.depthMm().isEmpty() ? "" : Bundle.SITE_DepthMm(site.depthMm()));
        row(html, Bundle.SITE_Position(), site.position());
        row(html, Bundle.SITE_Avoid(), site.avoid());
        row(html, Bundle.SITE_Source(), site.source());
        html.append("</table>");
        html.append(site.status() == SuggestedSite.Status.UNCONFIRMED ? "<font color='#b00000'><b>"
                + Bundle.MSG_Unconfirmed() + "</b></font>" : status(site.status()));
        return html.append("</body></html>").toString();
    }

    private static String status(SuggestedSite.Status status) {
        return status == SuggestedSite.Status.SECONDARY ? Bundle.MSG_Secondary() : Bundle.MSG_Published();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><td valign='top'><i>").append(label).append("</i></td><td>")
                .append(value.isBlank() ? "<font color='gray'>" + Bundle.MSG_NotGiven() + "</font>"
                        : Html.escape(value))
                .append("</td></tr>");
    }

    /** The target's injection points, numbered as on the model, each in words. */
    static String points(SiteGuide guide, TargetSites target) {
        StringBuilder html = new StringBuilder("<html><body style='font-family:sans-serif'><b>")
                .append(Bundle.SITE_PlanPoints()).append("</b>");
        List<InjectionPoint> points = target.points();
        if (points.isEmpty()) {
            return html.append("<br>").append(Bundle.MSG_NoPoints()).append("</body></html>").toString();
        }
        html.append("<ol>");
        for (String words : guide.describeAll(points, target.side(), target.lengths())) {
            html.append("<li>").append(Html.escape(words)).append("</li>");
        }
        return html.append("</ol></body></html>").toString();
    }
}
