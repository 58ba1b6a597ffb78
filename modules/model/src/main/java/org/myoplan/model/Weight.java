package org.myoplan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A body weight in kilograms and the day it was measured: per-kg limits need a recent one. */
public record Weight(BigDecimal kilograms, LocalDate measuredOn) {

    public Weight {
        Objects.requireNonNull(kilograms, "kilograms");
        Objects.requireNonNull(measuredOn, "measuredOn");
        if (kilograms.signum() <= 0) {
            throw new IllegalArgumentException("A weight must be more than 0 kg");
        }
    }
}
