package org.myoplan.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myoplan.outcomes.Records.given;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Assessment;
import org.myoplan.model.FollowUp;
import org.myoplan.model.ModifiedAshworth;
import org.myoplan.model.Side;
import org.myoplan.outcomes.AssessmentEntry.AshworthRow;
import org.myoplan.outcomes.AssessmentEntry.Checked;
import org.myoplan.outcomes.AssessmentEntry.Draft;
import org.myoplan.outcomes.AssessmentEntry.GoalRow;

class AssessmentEntryTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
    private final AssessmentEntry entry = new AssessmentEntry(TODAY, Records::name);
    private final List<StoredSession> sessions = List.of(given(7, "2026-11-15"));

    private static Draft twoWeeks(String date, String pain, List<AshworthRow> ashworth, List<GoalRow> goals) {
        return new Draft(date, FollowUp.WEEKS_2, OptionalLong.of(7), pain, ashworth, goals);
    }

    private static AshworthRow row(String muscle, Side side, ModifiedAshworth grade) {
        return new AshworthRow(muscle, side, grade == null ? "" : grade.grade());
    }

    @Test
    void aCompleteFollowUpBecomesTheAssessmentToSave() {
        Checked checked = entry.check(twoWeeks(" 2026-11-29 ", "3",
                List.of(row("biceps_brachii", Side.LEFT, ModifiedAshworth.ONE_PLUS), new AshworthRow(null, null, null)),
                List.of(new GoalRow("  Open the hand for hygiene ", "+1"), new GoalRow("", null))), sessions);

        assertTrue(checked.errors().isEmpty(), checked.errors()::toString);
        assertTrue(checked.warnings().isEmpty(), checked.warnings()::toString);
        Assessment a = checked.assessment().orElseThrow();
        assertEquals(LocalDate.parse("2026-11-29"), a.date());
        assertEquals(FollowUp.WEEKS_2, a.timepoint());
        assertEquals(3, a.pain());
        assertEquals(List.of(new Assessment.AshworthScore("biceps_brachii", Side.LEFT, ModifiedAshworth.ONE_PLUS)),
                a.ashworth());
        assertEquals(List.of(new Assessment.Goal("Open the hand for hygiene", 1)), a.goals(),
                "blank rows are left out");
    }

    @Test
    void aDateThatIsNotOneOrInTheFutureIsTold() {
        assertEquals(List.of("\"29.11.2026\" is not a date: write it as year-month-day, e.g. 2026-11-29."),
                entry.check(twoWeeks("29.11.2026", "3", List.of(), List.of()), sessions).errors());
        assertEquals(List.of("The date 2026-11-30 is in the future: record an assessment once it is made."),
                entry.check(twoWeeks("2026-11-30", "3", List.of(), List.of()), sessions).errors());
        assertEquals(List.of("Enter the date of the assessment as year-month-day, e.g. 2026-11-29."),
                entry.check(twoWeeks("", "3", List.of(), List.of()), sessions).errors());
    }

    @Test
    void painIsAWholeNumberFromZeroToTenOrEmpty() {
        for (String bad : List.of("11", "-1", "3.5", "mild")) {
            Checked checked = entry.check(twoWeeks("2026-11-29", bad, List.of(), List.of()), sessions);
            assertEquals(List.of("Pain is a whole number from 0 (none) to 10 (worst imaginable), not \"" + bad
                    + "\"; leave it empty if it was not asked."), checked.errors(), bad);
            assertFalse(checked.saveable());
        }
        Checked noPain = entry.check(twoWeeks("2026-11-29", " ",
                List.of(row("biceps_brachii", Side.LEFT, ModifiedAshworth.TWO)), List.of()), sessions);
        assertTrue(noPain.saveable());
        assertEquals(null, noPain.assessment().orElseThrow().pain());
    }

    @Test
    void aGradeNeedsItsMuscleAndAMuscleIsGradedOnce() {
        Checked checked = entry.check(twoWeeks("2026-11-29", "", List.of(
                row("biceps_brachii", Side.LEFT, ModifiedAshworth.TWO),
                row(null, Side.LEFT, ModifiedAshworth.ONE),
                row("biceps_brachii", Side.LEFT, ModifiedAshworth.THREE)), List.of()), sessions);

        assertEquals(List.of("Modified Ashworth row 2 has a grade but no muscle: choose the muscle.",
                "Biceps brachii (left) is graded twice: keep one row."), checked.errors());
        assertTrue(checked.assessment().isEmpty());
    }

    @Test
    void aMuscleLeftUngradedIsNotSavedAndTheClinicianIsToldSo() {
        Checked checked = entry.check(twoWeeks("2026-11-29", "", List.of(
                row("biceps_brachii", Side.LEFT, ModifiedAshworth.TWO),
                row("flexor_carpi_radialis", Side.LEFT, null)), List.of()), sessions);

        assertTrue(checked.saveable());
        assertEquals(List.of("Not graded, so not saved: Flexor carpi radialis (left)."), checked.warnings());
        assertEquals(1, checked.assessment().orElseThrow().ashworth().size());
    }

    @Test
    void anAssessmentCannotComeBeforeTheSessionItFollows() {
        Checked checked = entry.check(twoWeeks("2026-11-10", "2", List.of(), List.of()), sessions);

        assertEquals(List.of("The assessment (2026-11-10) is before the session it follows (2026-11-15): "
                + "choose an earlier session, or none."), checked.errors());
    }

    @Test
    void aFollowUpFarFromItsUsualDayOrWithoutASessionIsSavedWithAWarning() {
        Checked farOff = entry.check(new Draft("2026-11-29", FollowUp.MONTHS_3, OptionalLong.of(7), "2", List.of(),
                List.of()), sessions);
        assertTrue(farOff.saveable());
        assertEquals(List.of("The session of 2026-11-15 was 14 days before; a 3 months follow-up is about 91 days "
                + "after. " + "Check the time point and the session."), farOff.warnings());

        Checked alone = entry.check(new Draft("2026-11-29", FollowUp.WEEKS_2, OptionalLong.empty(), "2", List.of(),
                List.of()), sessions);
        assertTrue(alone.saveable());
        assertEquals(List.of("A 2 weeks follow-up follows a session: choose it, or save without one if the injection "
                + "was given elsewhere."), alone.warnings());

        Checked baseline = entry.check(new Draft("2026-11-29", FollowUp.BASELINE, OptionalLong.empty(), "2", List.of(),
                List.of(new GoalRow("Walk to the shop", null))), sessions);
        assertTrue(baseline.warnings().isEmpty(), "a baseline follows no session, and its goals are not scored yet");
    }

    @Test
    void goalsNeedTheirTextAndAtAFollowUpTheirScore() {
        Checked noText = entry.check(twoWeeks("2026-11-29", "2", List.of(), List.of(new GoalRow(" ", "+2"))), sessions);
        assertEquals(List.of("Goal 1 has a score but no text: write the goal."), noText.errors());

        Checked unscored = entry.check(twoWeeks("2026-11-29", "2", List.of(), List.of(new GoalRow("Walk to the shop",
                null))), sessions);
        assertTrue(unscored.saveable());
        assertEquals(List.of("Goal not scored: \"Walk to the shop\"."), unscored.warnings());
    }

    @Test
    void aGradeOffTheScaleOrAScoreOffGasIsNamedWithItsFieldAndNothingIsSaved() {
        Checked checked = entry.check(twoWeeks("2026-11-29", "", List.of(new AshworthRow("biceps_brachii", Side.LEFT,
                " 5 ")), List.of(new GoalRow("Open the hand for hygiene", "3"),
                new GoalRow("Walk to the shop", "good"))), sessions);

        assertEquals(List.of("Modified Ashworth grade of Biceps brachii (left): \"5\" is not on the scale; choose 0, "
                + "1, 1+, 2, 3 or 4.",
                "GAS score of goal 1 (\"Open the hand for hygiene\"): \"3\" is not a score; choose -2, -1, 0, +1 or "
                    + "+2.",
                "GAS score of goal 2 (\"Walk to the shop\"): \"good\" is not a score; choose -2, -1, 0, +1 or +2."),
                checked.errors());
        assertTrue(checked.assessment().isEmpty());
    }

    @Test
    void gasScoresAreReadAsWrittenWithOrWithoutTheirSign() {
        Checked checked = entry.check(twoWeeks("2026-11-29", "", List.of(), List.of(new GoalRow("A", "+2"),
                new GoalRow("B", "-1"), new GoalRow("C", "0"), new GoalRow("D", "1"), new GoalRow("E", "\u22122"))),
                sessions);

        assertEquals(List.of(2, -1, 0, 1, -2), checked.assessment().orElseThrow().goals().stream()
                .map(Assessment.Goal::attainment).toList());
    }

    @Test
    void anEmptyFormIsNotSaved() {
        Checked checked = entry.check(twoWeeks("2026-11-29", "", List.of(new AshworthRow(null, Side.LEFT, null)),
                List.of(new GoalRow("", null))), sessions);

        assertEquals(List.of("Nothing to save yet: enter a pain score, a Modified Ashworth grade or a goal."),
                checked.errors());
    }
}
