package org.myoplan.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.myoplan.outcomes.Records.assessment;
import static org.myoplan.outcomes.Records.given;
import static org.myoplan.outcomes.Records.mas;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.model.Assessment;
import org.myoplan.model.FollowUp;
import org.myoplan.model.Side;

class OutcomeTableTest {

    @Test
    void oneRowPerAssessmentOldestFirstAndOneColumnPerMuscleAndSide() {
        OutcomeTable table = OutcomeTable.of(List.of(
                        assessment(2, 7L, "2026-08-03", FollowUp.WEEKS_2, null,
                                List.of(mas("biceps_brachii", Side.LEFT, "1+")),
                                List.of(new Assessment.Goal("Open the hand", 1),
                                new Assessment.Goal("Dress alone", -1))),
                        assessment(1, null, "2026-07-20", FollowUp.BASELINE, 6,
                                List.of(mas("biceps_brachii", Side.LEFT, "3"),
                                mas("gastrocnemius_medial", Side.RIGHT, "2")),
                                List.of(new Assessment.Goal("Open the hand", null)))),
                List.of(given(7, "2026-07-20")), Records::name);

        assertEquals(List.of("Date", "Time point", "Session followed", "Pain", "Biceps brachii (left)",
                "Gastrocnemius, medial head (right)", "Goals (GAS)"), table.columns());
        assertEquals(List.of(
                List.of("2026-07-20", "baseline", "", "6", "3", "2", "Open the hand: not scored"),
                List.of("2026-08-03", "2 weeks", "2026-07-20 BOTOX", "", "1+", "",
                "Open the hand: +1; Dress alone: -1")), table.rows());
    }

    @Test
    void anAttainmentIsWrittenWithItsSign() {
        assertEquals(List.of("-2", "-1", "0", "+1", "+2"),
                List.of(-2, -1, 0, 1, 2).stream().map(OutcomeTable::attainment).toList());
    }
}
