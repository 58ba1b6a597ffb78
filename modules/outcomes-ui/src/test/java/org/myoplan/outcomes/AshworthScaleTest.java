package org.myoplan.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myoplan.model.ModifiedAshworth;

class AshworthScaleTest {

    @Test
    void gradesKeepTheirNumbersAndOnePlusIsHalfWayFromOneToTwo() {
        assertEquals(List.of(0.0, 1.0, 1.5, 2.0, 3.0, 4.0),
                AshworthScale.grades().stream().map(AshworthScale::valueOf).toList());
    }

    @Test
    void aPointDrawnALittleAboveOrBelowAGradeReadsAsThatGrade() {
        for (ModifiedAshworth grade : ModifiedAshworth.values()) {
            double height = AshworthScale.valueOf(grade);
            assertEquals(grade, AshworthScale.nearestGrade(height));
        }
        assertEquals(ModifiedAshworth.ONE_PLUS, AshworthScale.nearestGrade(1.6));
        assertEquals(ModifiedAshworth.TWO, AshworthScale.nearestGrade(1.9));
    }

    @Test
    void theAxisLeavesRoomAboveFourAndBelowZero() {
        assertTrue(AshworthScale.LOWEST < 0 && AshworthScale.HIGHEST > 4);
    }
}
