package org.myoplan.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The answers to the screening questions; a missing answer reads as not asked. */
public record Screening(Map<ScreeningQuestion, Answer> answers) {

    public Screening {
        EnumMap<ScreeningQuestion, Answer> copy = new EnumMap<>(ScreeningQuestion.class);
        copy.putAll(answers);
        answers = Collections.unmodifiableMap(copy);
    }

    public static Screening notAsked() {
        return new Screening(Map.of());
    }

    public Answer answer(ScreeningQuestion question) {
        return answers.getOrDefault(question, Answer.NOT_ASKED);
    }

    /**
     * Every question still not asked answered the same way ("no to all"); the answers already given
     * stay. Each question keeps its own answer, so the record says what was asked, one by one.
     */
    public Screening unansweredAs(Answer answer) {
        EnumMap<ScreeningQuestion, Answer> copy = new EnumMap<>(ScreeningQuestion.class);
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            Answer given = answer(question);
            copy.put(question, given == Answer.NOT_ASKED ? answer : given);
        }
        return new Screening(copy);
    }

    public Screening with(ScreeningQuestion question, Answer answer) {
        EnumMap<ScreeningQuestion, Answer> copy = new EnumMap<>(ScreeningQuestion.class);
        copy.putAll(answers);
        copy.put(question, answer);
        return new Screening(copy);
    }
}
