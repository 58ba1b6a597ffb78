package org.myoplan.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Answer;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Patient;
import org.myoplan.model.Product;
import org.myoplan.model.Screening;
import org.myoplan.model.ScreeningQuestion;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Sex;
import org.myoplan.model.Side;
import org.myoplan.model.Target;
import org.myoplan.model.Weight;

/** Patients and sessions with every field filled, for the tests, the crash writer and the benchmark. */
public final class Fixtures {

    public static final String CLINICIAN = "Dr. Anna Weiß";

    private Fixtures() {
    }

    public static Patient patient(String recordNumber, String name) {
        Screening screening = Screening.notAsked()
                .with(ScreeningQuestion.ANTICOAGULANTS, Answer.YES)
                .with(ScreeningQuestion.PREGNANCY_OR_BREASTFEEDING, Answer.NO);
        return new Patient(recordNumber, name, LocalDate.of(1961, 3, 14), Sex.FEMALE,
                new Weight(new BigDecimal("68.5"), LocalDate.of(2026, 10, 1)), "post-stroke spasticity, left arm",
                screening);
    }

    public static Session session(LocalDate date, Product product, SessionStatus status, int targets) {
        List<Target> list = new ArrayList<>();
        String[] muscles = {"biceps_brachii", "brachialis", "brachioradialis", "flexor_carpi_radialis",
            "flexor_carpi_ulnaris", "flexor_digitorum_superficialis", "flexor_digitorum_profundus",
            "pronator_teres", "flexor_pollicis_longus", "adductor_pollicis"};
        for (int i = 0; i < targets; i++) {
            list.add(new Target(muscles[i % muscles.length], i % 2 == 0 ? Side.LEFT : Side.RIGHT,
                    new BigDecimal(i % 3 == 0 ? "12.5" : "20"), 1 + i % 4,
                    Guidance.values()[i % Guidance.values().length], List.of(new InjectionPoint(0.01 * i, -0.125, 0.3),
                    new InjectionPoint(0.02, 0.04 * i, -0.001)), "target " + i + " \"quoted\""));
        }
        return new Session(date, CLINICIAN, product, 100, 2, new BigDecimal("2.5"), "C1234AB", date.plusMonths(18),
                LocalDateTime.of(date, LocalTime.of(9, 30)), status, "notes with ümlaut\nand a line", list);
    }

    public static List<Acknowledgement> warnings() {
        return List.of(new Acknowledgement("interval.short", "Severe spasticity; agreed with patient", CLINICIAN,
                Instant.parse("2026-11-28T09:15:00Z"), false),
                new Acknowledgement("cap.session", "Second opinion by Dr. B", CLINICIAN,
                        Instant.parse("2026-11-28T09:16:30.250Z"), true));
    }
}
