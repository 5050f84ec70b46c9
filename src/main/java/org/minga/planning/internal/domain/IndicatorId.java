package org.minga.planning.internal.domain;

/** The identity of a {@link Indicator}: a positive number the database gives it. */
public record IndicatorId(long value) {

    public IndicatorId {
        Ids.requirePositive(value);
    }
}
