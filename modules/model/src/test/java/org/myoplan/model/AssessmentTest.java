package org.myoplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void theModifiedAshworthGradesIncludeOnePlus() {
        assertEquals(List.of("0", "1", "1+", "2", "3", "4"),
                Arrays.stream(ModifiedAshworth.values()).map(ModifiedAshworth::grade).toList());
        assertEquals(ModifiedAshworth.ONE_PLUS, ModifiedAshworth.ofGrade(" 1+ ").orElseThrow());
        assertEquals(true, ModifiedAshworth.ofGrade("5").isEmpty());
    }

    @Test
    void anAssessmentAtAFollowUp() {
        Assessment a = new Assessment(DAY, FollowUp.WEEKS_2,
                List.of(new Assessment.AshworthScore("biceps_brachii", Side.LEFT, ModifiedAshworth.ONE_PLUS)),
                List.of(new Assessment.TardieuScore("biceps_brachii", Side.LEFT, 90, 150, 2)), 3,
                List.of(new Assessment.Goal("Put on a shirt without help", 1)));
        assertEquals(14, a.timepoint().daysAfterSession());
        assertEquals(1, a.goals().get(0).attainment());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void painIsZeroToTen(int pain) {
        assertThrows(IllegalArgumentException.class, () -> new Assessment(DAY, FollowUp.BASELINE, List.of(), List.of(),
                pain, List.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, 3})
    void goalAttainmentIsMinusTwoToPlusTwo(int score) {
        assertThrows(IllegalArgumentException.class, () -> new Assessment.Goal("Walk to the shop", score));
    }
}
