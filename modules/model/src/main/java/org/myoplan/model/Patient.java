package org.myoplan.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The facts about a patient that a plan depends on. The weight may be unknown. */
public record Patient(String recordNumber, String name, LocalDate birthDate, Sex sex, Weight weight,
        String indication, Screening screening) {

    public Patient {
        Objects.requireNonNull(recordNumber, "recordNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(screening, "screening");
        indication = indication == null ? "" : indication;
    }

    public Optional<Weight> currentWeight() {
        return Optional.ofNullable(weight);
    }

    public Population populationOn(LocalDate day) {
        return Population.on(birthDate, day);
    }
}
