package org.myoplan.history.jdbc;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Assessment;
import org.myoplan.model.Patient;
import org.myoplan.model.Session;
import org.myoplan.model.Target;

/** The audit log's picture of each entity: every field, so a change can be read without the database. */
final class AuditJson {

    private AuditJson() {
    }

    static String patient(Patient p) {
        if (p == null) {
            return null;
        }
        return new JsonText()
                .field("recordNumber", p.recordNumber()).field("name", p.name())
                .field("birthDate", p.birthDate()).field("sex", p.sex())
                .field("weightKg", p.weight() == null ? null : p.weight().kilograms().toPlainString())
                .field("weightMeasuredOn", p.weight() == null ? null : p.weight().measuredOn())
                .field("indication", p.indication())
                .object("screening", json -> p.screening().answers().forEach((q, a) -> json.field(q.name(), a)))
                .toString();
    }

    static String session(String recordNumber, Session s, List<Acknowledgement> warnings) {
        if (s == null) {
            return null;
        }
        return new JsonText()
                .field("recordNumber", recordNumber).field("date", s.date()).field("clinician", s.clinician())
                .field("product", s.product()).field("vialUnits", s.vialUnits()).field("vials", s.vials())
                .field("diluentMl", s.diluentMl() == null ? null : s.diluentMl().toPlainString())
                .field("lot", s.lot()).field("expiry", s.expiry()).field("reconstitutedAt", s.reconstitutedAt())
                .field("status", s.status()).field("notes", s.notes())
                .object("limbLengthsCm", json -> json.field("arm", plain(s.limbLengths().armCm()))
                        .field("forearm", plain(s.limbLengths().forearmCm()))
                        .field("thigh", plain(s.limbLengths().thighCm())).field("leg", plain(s.limbLengths().legCm())))
                .list("targets", s.targets(), AuditJson::target)
                .list("acknowledgedWarnings", warnings, AuditJson::warning)
                .toString();
    }

    static String assessment(String recordNumber, OptionalLong sessionId, Assessment a) {
        return new JsonText()
                .field("recordNumber", recordNumber)
                .field("sessionId", sessionId.isPresent() ? sessionId.getAsLong() : null)
                .field("date", a.date()).field("timepoint", a.timepoint()).field("pain", a.pain())
                .list("ashworth", a.ashworth(), (s, json) -> json.field("muscleId", s.muscleId())
                        .field("side", s.side()).field("grade", s.grade().grade()))
                .list("tardieu", a.tardieu(), (s, json) -> json.field("muscleId", s.muscleId())
                        .field("side", s.side()).field("r1", s.r1Degrees()).field("r2", s.r2Degrees())
                        .field("quality", s.quality()))
                .list("goals", a.goals(), (g, json) -> json.field("text", g.text()).field("attainment", g.attainment()))
                .toString();
    }

    private static String plain(BigDecimal cm) {
        return cm == null ? null : cm.toPlainString();
    }

    private static void target(Target t, JsonText json) {
        json.field("muscleId", t.muscleId()).field("side", t.side()).field("units", t.hasDose()
                ? t.units().toPlainString() : null) .field("sites", t.sites()).field("guidance", t.guidance())
                .field("notes", t.notes()) .field("doseSource", t.doseSource()) .list("injectionPoints",
                t.injectionPoints(), (p, point) -> point.field("x", p.x())
                        .field("y", p.y()).field("z", p.z()));
    }

    private static void warning(Acknowledgement w, JsonText json) {
        json.field("findingKey", w.findingKey()).field("reason", w.reason()).field("clinician", w.clinician())
                .field("at", w.at()).field("override", w.override());
    }
}
