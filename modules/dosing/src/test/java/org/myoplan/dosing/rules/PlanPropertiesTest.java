package org.myoplan.dosing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.myoplan.dosing.Plans;
import org.myoplan.dosing.reference.MuscleRange;
import org.myoplan.model.Population;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/** Invariants of the checks, over many generated plans. */
class PlanPropertiesTest {

    private static final List<String> MUSCLES = List.of("biceps_brachii", "brachialis", "flexor_carpi_radialis",
            "flexor_carpi_ulnaris", "pronator_teres", "soleus", "gastrocnemius_medial", "tibialis_posterior",
            "deltoid");

    @Provide
    Arbitrary<List<Target>> targets() {
        Arbitrary<Target> target = Combinators.combine(
                Arbitraries.of(MUSCLES), Arbitraries.of(Side.values()),
                Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("400")).ofScale(1),
                Arbitraries.integers().between(1, 8))
                .as((muscle, side, units, sites) -> Target.of(muscle, side, units.toPlainString(), sites));
        return target.list().ofMinSize(0).ofMaxSize(12);
    }

    @Property
    void theSessionTotalIsTheSumOfTheTargets(@ForAll("targets") List<Target> targets) {
        Session session = Plans.session(Product.ONABOTULINUMTOXIN_A, 100, 20, "2").withTargets(targets);
        BigDecimal sum = targets.stream().map(Target::units).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(session.totalUnits().amount()));
        assertEquals(0, sum.compareTo(Plans.plan().session(session).facts().sessionUnits()));
    }

    @Property
    void aPlanWithinEveryRangeHasNoRangeFinding(@ForAll("targets") List<Target> generated,
            @ForAll @IntRange(min = 0, max = 100) int position) {
        List<Target> inRange = new ArrayList<>();
        for (Target target : generated) {
            var range = Plans.REFERENCE.range(Product.ONABOTULINUMTOXIN_A, Population.ADULT, target.muscleId());
            range.ifPresent(r -> inRange.add(target.withUnits(within(r, position))));
        }
        Plans plan = Plans.plan().session(Plans.session(Product.ONABOTULINUMTOXIN_A, 100, 20,
                "2").withTargets(inRange));
        assertEquals(List.of(), plan.findings(MuscleRangeRule.ID));
    }

    private static BigDecimal within(MuscleRange range, int percent) {
        BigDecimal span = range.max().subtract(range.min());
        return range.min().add(span.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100)));
    }

    @Property
    void raisingADoseNeverRemovesACapFinding(@ForAll("targets") List<Target> targets,
            @ForAll @IntRange(min = 0, max = 11) int which, @ForAll @IntRange(min = 1, max = 500) int extra) {
        if (targets.isEmpty()) {
            return;
        }
        Set<String> before = capKeys(targets);
        List<Target> raised = new ArrayList<>(targets);
        int index = which % targets.size();
        raised.set(index, targets.get(index).withUnits(targets.get(index).units().add(BigDecimal.valueOf(extra))));
        Set<String> after = capKeys(raised);
        assertTrue(after.containsAll(before), () -> "before " + before + ", after " + after);
    }

    private static Set<String> capKeys(List<Target> targets) {
        Plans plan = Plans.plan().session(Plans.session(Product.ONABOTULINUMTOXIN_A, 100, 20, "2").withTargets(targets))
                .earlier(Plans.given(Product.ONABOTULINUMTOXIN_A, 6, "soleus", "100"));
        return plan.check().stream()
                .filter(f -> f.rule().equals(SessionCapRule.ID) || f.rule().equals(CumulativeWindowRule.ID)
                        || f.rule().equals(SiteRule.UNITS_ID))
                .map(Finding::key).collect(Collectors.toSet());
    }

    @Property
    void checkingNeverThrows(@ForAll("targets") List<Target> targets, @ForAll @IntRange(min = -10,
            max = 10) int sites) {
        List<Target> odd = new ArrayList<>(targets);
        odd.add(Target.of("not_a_muscle", Side.LEFT, "-3", sites));
        Plans.plan().session(Plans.session(Product.ABOBOTULINUMTOXIN_A, 500, 1, "2.5").withTargets(odd)).check();
    }
}
