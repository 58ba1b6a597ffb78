package org.myoplan.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.myoplan.history.StoredSession;
import org.myoplan.model.FollowUp;
import org.myoplan.model.SessionStatus;

/** Which session a new assessment most likely follows, and at which time point, to fill the dialog in. */
public final class FollowedSession {

    /** Within this many days of a session an assessment is the one made before injecting: the baseline. */
    static final int BASELINE_DAYS = 7;
    /** Past 6 months and this many days, the last session's effect has worn off: a new baseline. */
    static final int WORN_OFF_AFTER_SIX_MONTHS_DAYS = 45;

    private FollowedSession() {
    }

    /**
     * The session whose date plus the time point's days is nearest the assessment date, among the sessions
     * on or before that date that were not cancelled (an assessment follows an injection that happened);
     * on a tie, the later session. Empty for a baseline, which comes before treatment, and when no
     * session qualifies.
     */
    public static OptionalLong suggest(FollowUp timepoint, LocalDate assessed, List<StoredSession> sessions) {
        if (timepoint == FollowUp.BASELINE) {
            return OptionalLong.empty();
        }
        return sessions.stream()
                .filter(s -> s.session().status() != SessionStatus.CANCELLED && !s.session().date().isAfter(assessed))
                .min(Comparator.comparingLong((StoredSession s) ->
                                Math.abs(ChronoUnit.DAYS.between(s.session().date()
                                .plusDays(timepoint.daysAfterSession()), assessed)))
                        .thenComparing(s -> s.session().date(), Comparator.reverseOrder()))
                .map(s -> OptionalLong.of(s.id())).orElse(OptionalLong.empty());
    }

    /**
     * The time point an assessment on this date most likely is: the follow-up nearest the days since the
     * latest session before it, a baseline in the week of a session or long after the last one.
     */
    public static FollowUp likelyTimepoint(LocalDate assessed, List<StoredSession> sessions) {
        Optional<LocalDate> latest = sessions.stream()
                .filter(s -> s.session().status() != SessionStatus.CANCELLED && !s.session().date().isAfter(assessed))
                .map(s -> s.session().date()).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return FollowUp.BASELINE;
        }
        long days = ChronoUnit.DAYS.between(latest.get(), assessed);
        if (days < BASELINE_DAYS || days > FollowUp.MONTHS_6.daysAfterSession() + WORN_OFF_AFTER_SIX_MONTHS_DAYS) {
            return FollowUp.BASELINE;
        }
        FollowUp nearest = FollowUp.WEEKS_2;
        for (FollowUp f : FollowUp.values()) {
            if (f != FollowUp.BASELINE
                    && Math.abs(days - f.daysAfterSession()) < Math.abs(days - nearest.daysAfterSession())) {
                nearest = f;
            }
        }
        return nearest;
    }
}
