package org.minga.training.internal.domain;

/** The identity of a {@link TrainingProgramme}: a positive number the database gives it. */
public record TrainingProgrammeId(long value) {

    public TrainingProgrammeId {
        if (value <= 0) {
            throw new IllegalArgumentException("A programme id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
