package org.myoplan.dosing.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.myoplan.dosing.Plans;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.PlanChecker;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * Benchmark (prints figures; not a test): validating a 40-target plan against a 100-session history.
 * Run: mvn -f modules/dosing/pom.xml -Pbenchmark verify
 */
public final class CheckBenchmark {

    private static final List<String> MUSCLES = List.of("biceps_brachii", "brachialis", "brachioradialis",
            "pronator_teres", "pronator_quadratus", "flexor_carpi_radialis", "flexor_carpi_ulnaris",
            "flexor_digitorum_superficialis", "flexor_digitorum_profundus", "flexor_pollicis_longus",
            "gastrocnemius_medial", "gastrocnemius_lateral", "soleus", "tibialis_posterior", "flexor_digitorum_longus",
            "flexor_hallucis_longus", "deltoid", "triceps_brachii", "rectus_femoris", "semitendinosus");

    private CheckBenchmark() {
    }

    public static void main(String[] args) {
        ReferenceData reference = ReferenceData.builtIn();
        Session session = Plans.session(Product.ONABOTULINUMTOXIN_A, 100, 10, "2").withTargets(targets(40));
        List<Session> history = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            history.add(Plans.session(i % 3 == 0 ? Product.ABOBOTULINUMTOXIN_A : Product.ONABOTULINUMTOXIN_A, 100, 4,
                    "2") .withDate(Plans.DAY.minusWeeks(13L * i)).withStatus(SessionStatus.ADMINISTERED)
                    .withTargets(targets(8)));
        }
        PlanFacts plan = new PlanFacts(Plans.adult(), session, history, reference);
        PlanChecker checker = new PlanChecker();
        int findings = 0;
        for (int i = 0; i < 5_000; i++) {
            findings += checker.check(plan).size();
        }
        long[] times = new long[5_000];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            findings += checker.check(plan).size();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("Check of a 40-target plan against a 100-session history: median %.3f ms, 95th percentile "
                + "%.3f ms" + " (%d runs; %d findings per check)%n", times[times.length / 2] / 1e6,
                times[times.length * 95 / 100] / 1e6, times.length, checker.check(plan).size());
        if (findings < 0) {
            System.out.println(findings); // keeps the loop's work observable
        }
    }

    private static List<Target> targets(int count) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(Target.of(MUSCLES.get(i % MUSCLES.size()), i % 2 == 0 ? Side.LEFT : Side.RIGHT,
                    new BigDecimal(10 + (i * 7) % 60).toPlainString(), 1 + i % 3));
        }
        return targets;
    }
}
