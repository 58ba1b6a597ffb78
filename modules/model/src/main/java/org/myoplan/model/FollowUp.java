package org.myoplan.model;

/** When an assessment is made: before treatment, and at the usual follow-ups. */
public enum FollowUp {
    BASELINE("baseline", 0),
    WEEKS_2("2 weeks", 14),
    MONTH_1("1 month", 30),
    MONTHS_3("3 months", 91),
    MONTHS_6("6 months", 182);

    private final String displayName;
    private final int daysAfterSession;

    FollowUp(String displayName, int daysAfterSession) {
        this.displayName = displayName;
        this.daysAfterSession = daysAfterSession;
    }

    public String displayName() {
        return displayName;
    }

    public int daysAfterSession() {
        return daysAfterSession;
    }
}
