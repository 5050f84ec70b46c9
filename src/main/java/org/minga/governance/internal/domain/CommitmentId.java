package org.minga.governance.internal.domain;

/** The identity of a {@link Commitment}: a positive number the database gives it. */
public record CommitmentId(long value) {

    public CommitmentId {
        if (value <= 0) {
            throw new IllegalArgumentException("A commitment id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
