package org.myoplan.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.myoplan.history.StoredAssessment;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Assessment;
import org.myoplan.model.FollowUp;
import org.myoplan.model.ModifiedAshworth;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/** Sessions and assessments of one patient, written as a clinician would tell them. */
public final class Records {

    public static final String RECORD = "H-204518";

    private Records() {
    }

    public static StoredSession session(long id, String date, SessionStatus status, Target... targets) {
        return new StoredSession(id, RECORD, new Session(LocalDate.parse(date), "Dr Lehmann",
                Product.ONABOTULINUMTOXIN_A, 100, 2, new BigDecimal("2"), "C4780B", null, null, status, "",
                List.of(targets)), List.of());
    }

    public static StoredSession given(long id, String date, Target... targets) {
        return session(id, date, SessionStatus.ADMINISTERED, targets);
    }

    public static StoredAssessment assessment(long id, Long sessionId, String date, FollowUp timepoint, Integer pain,
            List<Assessment.AshworthScore> ashworth, List<Assessment.Goal> goals) {
        return new StoredAssessment(id, RECORD, sessionId == null ? OptionalLong.empty() : OptionalLong.of(sessionId),
                new Assessment(LocalDate.parse(date), timepoint, ashworth, List.of(), pain, goals));
    }

    public static Assessment.AshworthScore mas(String muscleId, Side side, String grade) {
        return new Assessment.AshworthScore(muscleId, side, ModifiedAshworth.ofGrade(grade).orElseThrow());
    }

    public static String name(String muscleId) {
        return switch (muscleId) {
            case "biceps_brachii" -> "Biceps brachii";
            case "flexor_carpi_radialis" -> "Flexor carpi radialis";
            case "gastrocnemius_medial" -> "Gastrocnemius, medial head";
            default -> muscleId;
        };
    }
}
