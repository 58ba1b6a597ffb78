package org.myoplan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Tone, pain and goals at one time point: Modified Ashworth per muscle and side, optional Tardieu,
 * pain 0-10, and goals scored with Goal Attainment Scaling.
 */
public record Assessment(LocalDate date, FollowUp timepoint, List<AshworthScore> ashworth,
        List<TardieuScore> tardieu, Integer pain, List<Goal> goals) {

    public Assessment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(timepoint, "timepoint");
        ashworth = List.copyOf(ashworth);
        tardieu = List.copyOf(tardieu);
        goals = List.copyOf(goals);
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException("Pain is scored from 0 to 10, not " + pain);
        }
    }

    public record AshworthScore(String muscleId, Side side, ModifiedAshworth grade) {
        public AshworthScore {
            Objects.requireNonNull(muscleId, "muscleId");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(grade, "grade");
        }
    }

    /** Tardieu: angles of catch (R1) and of full passive range (R2) in degrees, and the quality of reaction 0-5. */
    public record TardieuScore(String muscleId, Side side, int r1Degrees, int r2Degrees, int quality) {
        public TardieuScore {
            if (quality < 0 || quality > 5) {
                throw new IllegalArgumentException("Tardieu quality is 0 to 5, not " + quality);
            }
        }
    }

    /** A goal agreed with the patient and its Goal Attainment Scaling score, -2 to +2 (null until scored). */
    public record Goal(String text, Integer attainment) {
        public Goal {
            Objects.requireNonNull(text, "text");
            if (attainment != null && (attainment < -2 || attainment > 2)) {
                throw new IllegalArgumentException("Goal attainment is scored from -2 to +2, not " + attainment);
            }
        }
    }
}
