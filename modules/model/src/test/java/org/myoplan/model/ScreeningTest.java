package org.myoplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScreeningTest {

    @Test
    void noToAllAnswersOnlyTheQuestionsNotAskedAndKeepsEachAnswer() {
        Screening given = Screening.notAsked().with(ScreeningQuestion.ANTICOAGULANTS, Answer.YES);
        Screening all = given.unansweredAs(Answer.NO);
        assertEquals(Answer.YES, all.answer(ScreeningQuestion.ANTICOAGULANTS), "an answer given stays");
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            if (q != ScreeningQuestion.ANTICOAGULANTS) {
                assertEquals(Answer.NO, all.answer(q), q.name());
            }
        }
        assertEquals(ScreeningQuestion.values().length, all.answers().size(), "each question is recorded on its own");
    }
}
