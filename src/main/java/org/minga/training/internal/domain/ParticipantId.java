package org.minga.training.internal.domain;

/** The identity of a {@link Participant}: a positive number the database gives it. */
public record ParticipantId(long value) {

    public ParticipantId {
        if (value <= 0) {
            throw new IllegalArgumentException("A participant id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
