package org.myoplan.model;

import java.time.LocalDate;
import java.time.Period;

/** Adults and children have different reference doses; a child is under 18 on the day of the session. */
public enum Population {
    ADULT, PEDIATRIC;

    public static final int ADULT_AGE = 18;

    public static Population on(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears() >= ADULT_AGE ? ADULT : PEDIATRIC;
    }
}
