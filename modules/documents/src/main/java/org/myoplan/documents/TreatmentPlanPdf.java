package org.myoplan.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.myoplan.dosing.Dilution;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.dosing.rules.PlanReview;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Limb;
import org.myoplan.model.Patient;
import org.myoplan.model.Session;
import org.myoplan.model.Target;

/**
 * The printed treatment plan: clinic header, patient, session and reconstitution, the targets with
 * units, sites and volume per site, totals per limb and session, the findings with acknowledgements
 * and their reasons, where to inject (every target's points in words, numbered as in the pictures, and
 * the depths the sources give), pictures of the targets, and signature lines.
 */
public final class TreatmentPlanPdf {

    private static final float PICTURE_HEIGHT = 250;
    private static final int PICTURES_PER_ROW = 2;
    /** The column of a point's number in "Where to inject". */
    private static final float POINT_NUMBER_WIDTH = 18;
    /** The heading and two rows of signature lines (PageWriter.signatures takes 48 points a row). */
    private static final float SIGNATURES_HEIGHT = 30 + 2 * 48;

    private final ClinicHeader clinic;
    private final PaperSize paper;

    public TreatmentPlanPdf(ClinicHeader clinic, PaperSize paper) {
        this.clinic = clinic;
        this.paper = paper;
    }

    /**
     * @param plan the checked plan (patient, session, history, reference)
     * @param review its findings and acknowledgements
     * @param sites its injection points in words, on the atlas the pictures draw
     * @param pictures views of the targets, may be empty
     * @param legend colours used in the pictures and their meaning, may be empty
     */
    public void write(PlanFacts plan, PlanReview review, WhereToInject sites, List<Picture> pictures,
            List<LegendEntry> legend, OutputStream out) throws IOException {
        Objects.requireNonNull(sites, "sites");
        Patient patient = plan.patient();
        Session session = plan.session();
        try (PDDocument document = new PDDocument()) {
            describe(document, "Treatment plan - " + patient.name());
            try (PageWriter page = new PageWriter(document, paper, "Treatment plan - " + patient.name() + " - "
                    + patient.recordNumber())) {
                header(page);
                page.title("Botulinum toxin treatment plan");
                page.heading("Patient");
                page.facts(List.of(
                        new String[] {"Patient", PlanFormat.patient(patient, session.date())},
                        new String[] {"Weight", patient.currentWeight().map(w -> PlanFormat.number(w.kilograms())
                        + " kg, measured "
                                + PlanFormat.date(w.measuredOn())).orElse("not recorded")},
                        new String[] {"Indication", PlanFormat.or(patient.indication(), "-")}));
                page.heading("Session");
                page.facts(sessionFacts(plan));
                page.heading("Targets");
                page.table(new String[] {"Muscle", "Side", "Units", "Sites", "mL per site", "Guidance"},
                        new float[] {0.34f, 0.09f, 0.11f, 0.08f, 0.13f, 0.25f}, targetRows(plan));
                page.paragraph(totals(plan), PageWriter.BODY, true, Color.BLACK);
                page.paragraph("Units are " + session.product().brand() + " (" + session.product().genericName()
                        + ") units. They are not interchangeable with, and cannot be converted into, the units of "
                            + "any other product.",
                        PageWriter.BODY - 1, false, Color.DARK_GRAY);
                findings(page, review);
                if (!pictures.isEmpty()) {
                    page.needs(PICTURE_HEIGHT + 60);
                    page.heading("Targets on the body");
                    page.legend(legend.stream().map(LegendEntry::colour).toList(),
                            legend.stream().map(LegendEntry::meaning).toList());
                    // two a row: the whole body from the front and the back, then the treated regions' close-ups
                    for (int i = 0; i < pictures.size(); i += PICTURES_PER_ROW) {
                        List<Picture> row = pictures.subList(i, Math.min(pictures.size(), i + PICTURES_PER_ROW));
                        page.pictures(row.stream().map(Picture::image).toList(), row.stream().map(Picture::caption)
                                .toList(), PICTURE_HEIGHT);
                        row.stream().map(Picture::credit).filter(c -> !c.isEmpty()).distinct().forEach(page::credit);
                    }
                }
                // after the pictures, so that the numbered list follows the close-ups it is read against
                whereToInject(page, plan, sites);
                page.needs(SIGNATURES_HEIGHT); // the four signature lines stay together on one page
                page.heading("Signatures");
                page.signatures(List.of("Prescribing clinician: " + PlanFormat.or(session.clinician(), ""), "Date",
                        "Administered by", "Date and time"));
            }
            document.save(out);
        }
    }

    /** A colour of the pictures and what it marks. */
    public record LegendEntry(Color colour, String meaning) {
    }

    private void header(PageWriter page) {
        header(page, clinic);
    }

    /** The clinic's name, address and logo at the top of the first page. */
    static void header(PageWriter page, ClinicHeader clinic) {
        page.logo(clinic.logo(), 42);
        page.paragraph(clinic.name(), 10.5f, true, new Color(0.05f, 0.23f, 0.31f));
        for (String line : clinic.address()) {
            page.paragraph(line, 8.5f, false, Color.DARK_GRAY);
        }
        page.space(8);
    }

    private static List<String[]> sessionFacts(PlanFacts plan) {
        Session s = plan.session();
        String dilution = plan.dilution().map(d -> PlanFormat.number(s.diluentMl()) + " mL per vial: "
                + PlanFormat.number(d.unitsPerTenthMl()) + " U per 0.1 mL").orElse("diluent volume not entered");
        return List.of(
                new String[] {"Date", PlanFormat.date(s.date())},
                new String[] {"Clinician", PlanFormat.or(s.clinician(), "-")},
                new String[] {"Product", s.product().displayName()},
                new String[] {"Vials", s.vials() + " x " + s.vialUnits() + " U"},
                new String[] {"Reconstitution", dilution},
                new String[] {"Lot and expiry", PlanFormat.or(s.lot(), "lot not recorded") + ", expires "
                + PlanFormat.date(s.expiry())}, new String[] {"Status", s.status().name().toLowerCase(Locale.ROOT)});
    }

    private static List<String[]> targetRows(PlanFacts plan) {
        Optional<Dilution> dilution = plan.dilution();
        List<String[]> rows = new ArrayList<>();
        for (Target t : plan.session().targets()) {
            String ml = dilution.isPresent() && t.sites() > 0 && t.hasDose() && t.units().signum() > 0
                    ? PlanFormat.number(dilution.get().mlPerSite(t.units(), t.sites())) : "-";
            String units = t.hasDose() ? PlanFormat.units(t.units()) : "dose needed";
            rows.add(new String[] {plan.reference().nameOf(t.muscleId()), t.side().displayName(), units,
                String.valueOf(t.sites()), ml, t.guidance().displayName()
                + (t.notes().isBlank() ? "" : "; " + t.notes())});
        }
        return rows;
    }

    private static String totals(PlanFacts plan) {
        BigDecimal upper = plan.unitsIn(Limb.UPPER, null), lower = plan.unitsIn(Limb.LOWER, null);
        return "Totals: upper limbs " + PlanFormat.units(upper) + ", lower limbs " + PlanFormat.units(lower)
                + ", session " + PlanFormat.units(plan.sessionUnits());
    }

    private static void findings(PageWriter page, PlanReview review) {
        page.heading("Dose checks");
        if (review.findings().isEmpty()) {
            page.paragraph("No findings.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (Finding f : review.findings()) {
            String ack = review.acknowledgementOf(f).map(TreatmentPlanPdf::acknowledgement)
                    .orElse(f.needsAcknowledgement() ? "NOT ACKNOWLEDGED" : "");
            rows.add(new String[] {f.severity().name().toLowerCase(Locale.ROOT), f.message(), ack});
        }
        page.table(new String[] {"Severity", "Finding and its source", "Acknowledged"},
                new float[] {0.12f, 0.58f, 0.30f}, rows);
    }

    /** Every target's points in words, numbered within their target as the close-ups number them. */
    private static void whereToInject(PageWriter page, PlanFacts plan, WhereToInject sites) {
        page.heading("Where to inject");
        if (!sites.hasPoints()) {
            page.paragraph("No injection points are placed in this plan.");
            return;
        }
        page.paragraph(WhereToInject.CAVEAT, PageWriter.BODY - 1, false, Color.DARK_GRAY);
        page.paragraph(centimetresNote(sites), PageWriter.BODY - 1, false, Color.DARK_GRAY);
        page.space(2);
        for (WhereToInject.TargetSites target : sites.targets()) {
            page.needs(PageWriter.BODY * 6);
            String name = plan.reference().nameOf(target.target().muscleId()) + ", "
                    + target.target().side().displayName();
            page.paragraph(target.closeUp().isEmpty() ? name : name + " (close-up: " + target.closeUp() + ")",
                    PageWriter.BODY, true, Color.BLACK);
            if (target.points().isEmpty()) {
                page.paragraph("No injection points placed.");
            } else {
                page.items(target.points().stream().map(p -> new String[] {String.valueOf(p.number()), p.text()})
                        .toList(), POINT_NUMBER_WIDTH);
            }
            page.paragraph("Depth: " + target.depthText(), PageWriter.BODY - 1, false, Color.DARK_GRAY);
            page.space(3);
        }
    }

    /** Whose centimetres the descriptions give: the atlas's, the patient's measured lengths, or some of each. */
    static String centimetresNote(WhereToInject sites) {
        long onPatient = sites.pointsOnPatient();
        if (onPatient == 0) {
            return "Percentages hold for any body; centimetres are measured on " + sites.atlasName() + ".";
        }
        if (onPatient == sites.pointsDescribed()) {
            return "Percentages hold for any body; centimetres follow the limb lengths measured on the patient.";
        }
        return "Percentages hold for any body; centimetres follow the limb lengths measured on the patient where a"
                + " point says so, and are otherwise measured on " + sites.atlasName() + ".";
    }

    private static String acknowledgement(Acknowledgement a) {
        return (a.override() ? "Overridden" : "Acknowledged") + " by " + a.clinician() + ": " + a.reason();
    }

    static void describe(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Myoplan");
        info.setProducer("Myoplan with Apache PDFBox");
    }
}
