package org.minga.planning.internal.domain;

/** The identity of a {@link Plan}: a positive number the database gives it. */
public record PlanId(long value) {

    public PlanId {
        if (value <= 0) {
            throw new IllegalArgumentException("A Plan id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
