package org.minga.planning.internal.domain;

/** The identity of a {@link Indicator}: a positive number the database gives it. */
public record IndicatorId(long value) {

    public IndicatorId {
        if (value <= 0) {
            throw new IllegalArgumentException("A Indicator id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
