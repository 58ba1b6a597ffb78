package org.myoplan.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.myoplan.outcomes.Records.given;
import static org.myoplan.outcomes.Records.session;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.myoplan.history.StoredSession;
import org.myoplan.model.FollowUp;
import org.myoplan.model.SessionStatus;

class FollowedSessionTest {

    // Sessions about three months apart, newest first as the records give them.
    private final List<StoredSession> sessions = List.of(
            session(4, "2027-01-10", SessionStatus.PLANNED),
            session(3, "2026-10-05", SessionStatus.CANCELLED),
            given(2, "2026-10-01"),
            given(1, "2026-07-01"));

    @Test
    void aFollowUpFollowsTheSessionWhoseDatePlusItsDaysIsNearest() {
        // 2026-10-15 is 106 days after July and 14 after October: the 2-week follow-up of October.
        assertEquals(OptionalLong.of(2), FollowedSession.suggest(FollowUp.WEEKS_2, day("2026-10-15"), sessions));
        // The same day as a 3-month follow-up is July's (91 days: 15 away) rather than October's (14: 77 away).
        assertEquals(OptionalLong.of(1), FollowedSession.suggest(FollowUp.MONTHS_3, day("2026-10-15"), sessions));
    }

    @Test
    void onlySessionsThatHadHappenedByThenAndWereNotCancelledCount() {
        // The cancelled session of 2026-10-05 would be nearest for a 2-week follow-up on 2026-10-19.
        assertEquals(OptionalLong.of(2), FollowedSession.suggest(FollowUp.WEEKS_2, day("2026-10-19"), sessions));
        // Before any session there is nothing to follow.
        assertEquals(OptionalLong.empty(), FollowedSession.suggest(FollowUp.WEEKS_2, day("2026-06-30"), sessions));
    }

    @Test
    void onATieTheLaterSessionIsChosen() {
        List<StoredSession> twoWeeksApart = List.of(given(1, "2026-03-01"), given(2, "2026-03-29"));
        // 2026-03-29 is 28 days after the first (14 from 2 weeks) and 0 after the second (14 from 2 weeks).
        assertEquals(OptionalLong.of(2), FollowedSession.suggest(FollowUp.WEEKS_2, day("2026-03-29"), twoWeeksApart));
    }

    @Test
    void aBaselineFollowsNoSession() {
        assertEquals(OptionalLong.empty(), FollowedSession.suggest(FollowUp.BASELINE, day("2026-10-15"), sessions));
    }

    @Test
    void theLikelyTimePointIsTheFollowUpNearestTheDaysSinceTheLastSession() {
        assertEquals(FollowUp.BASELINE, FollowedSession.likelyTimepoint(day("2026-06-01"), sessions), "no session yet");
        assertEquals(FollowUp.BASELINE, FollowedSession.likelyTimepoint(day("2026-10-03"), sessions),
                "the week of a session");
        assertEquals(FollowUp.WEEKS_2, FollowedSession.likelyTimepoint(day("2026-10-17"), sessions));
        assertEquals(FollowUp.MONTH_1, FollowedSession.likelyTimepoint(day("2026-11-02"), sessions));
        assertEquals(FollowUp.MONTHS_3, FollowedSession.likelyTimepoint(day("2026-12-28"), sessions));
        List<StoredSession> one = List.of(given(1, "2026-01-05"));
        assertEquals(FollowUp.MONTHS_6, FollowedSession.likelyTimepoint(day("2026-07-10"), one));
        assertEquals(FollowUp.BASELINE, FollowedSession.likelyTimepoint(day("2026-10-01"), one),
                "long after the last session, its effect has worn off: a new baseline");
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
