package org.myoplan.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Answer;
import org.myoplan.model.Patient;
import org.myoplan.model.ScreeningQuestion;
import org.myoplan.model.Session;

/**
 * The consent sheet: the procedure, benefits and goals, risks with the warning on distant spread,
 * the contraindication checklist with the patient's screening answers, alternatives, room for
 * questions, and signature blocks. The wording comes from a template: Myoplan's own, or a clinic's
 * file in the same format (see consent-template.txt).
 */
public final class ConsentSheetPdf {

    private static final String BUILT_IN = "consent-template.txt";

    private final ClinicHeader clinic;
    private final PaperSize paper;
    private final List<String> template;

    private ConsentSheetPdf(ClinicHeader clinic, PaperSize paper, List<String> template) {
        this.clinic = clinic;
        this.paper = paper;
        this.template = template;
    }

    /** With Myoplan's own wording. */
    public static ConsentSheetPdf builtIn(ClinicHeader clinic, PaperSize paper) {
        try (InputStream in = ConsentSheetPdf.class.getResourceAsStream(BUILT_IN)) {
            return new ConsentSheetPdf(clinic, paper,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With a clinic's own template; a file that cannot be read is a clear IOException naming it. */
    public static ConsentSheetPdf fromTemplate(ClinicHeader clinic, PaperSize paper, Path file) throws IOException {
        try {
            return new ConsentSheetPdf(clinic, paper, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            throw new IOException(file + " is not a UTF-8 text file", e);
        }
    }

    public void write(PlanFacts plan, OutputStream out) throws IOException {
        Patient patient = plan.patient();
        try (PDDocument document = new PDDocument()) {
            TreatmentPlanPdf.describe(document, "Consent - " + patient.name());
            try (PageWriter page = new PageWriter(document, paper, "Consent - " + patient.name() + " - "
                    + patient.recordNumber())) {
                TreatmentPlanPdf.header(page, clinic);
                render(page, plan);
            }
            document.save(out);
        }
    }

    private void render(PageWriter page, PlanFacts plan) {
        Map<String, String> values = placeholders(plan);
        StringBuilder paragraph = new StringBuilder();
        boolean first = true;
        for (String raw : template) {
            String line = fill(raw.strip(), values);
            if (line.startsWith("#") && !line.startsWith("## ")) {
                continue;
            }
            if (line.isEmpty() || line.startsWith("## ") || line.startsWith("- ") || line.startsWith("[")) {
                flush(page, paragraph);
            }
            if (line.startsWith("## ")) {
                if (first) {
                    page.title(line.substring(3));
                    first = false;
                } else {
                    page.heading(line.substring(3));
                }
            } else if (line.startsWith("- ")) {
                page.paragraph("\u2022 " + line.substring(2));
            } else if (line.equals("[screening]")) {
                page.table(new String[] {"Question", "Answer"}, new float[] {0.8f, 0.2f}, screening(plan.patient()));
            } else if (line.equals("[signatures]")) {
                page.signatures(List.of("Patient or representative (name and relationship)", "Date",
                        "Clinician: " + PlanFormat.or(plan.session().clinician(), ""), "Date",
                        "Witness", "Date", "Interpreter (language)", "Date"));
            } else if (line.isEmpty()) {
                page.space(3);
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(page, paragraph);
    }

    private static void flush(PageWriter page, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            page.paragraph(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static List<String[]> screening(Patient patient) {
        List<String[]> rows = new ArrayList<>();
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            Answer answer = patient.screening().answer(question);
            rows.add(new String[] {question.text(), switch (answer) {
                case YES -> "yes";
                case NO -> "no";
                case NOT_ASKED -> "not asked";
            }});
        }
        return rows;
    }

    private static Map<String, String> placeholders(PlanFacts plan) {
        Session session = plan.session();
        String muscles = session.targets().stream()
                .map(t -> plan.reference().nameOf(t.muscleId()) + " (" + t.side().displayName() + ")")
                .distinct().collect(Collectors.joining(", "));
        return Map.of(
                "{patient}", PlanFormat.patient(plan.patient(), session.date()),
                "{date}", PlanFormat.date(session.date()),
                "{clinician}", PlanFormat.or(session.clinician(), "the treating clinician"),
                "{product}", session.product().displayName(),
                "{total}", PlanFormat.units(plan.sessionUnits()),
                "{muscles}", muscles.isEmpty() ? "the muscles to be agreed" : muscles);
    }

    private static String fill(String line, Map<String, String> values) {
        String filled = line;
        for (var entry : values.entrySet()) {
            filled = filled.replace(entry.getKey(), entry.getValue());
        }
        return filled;
    }
}
