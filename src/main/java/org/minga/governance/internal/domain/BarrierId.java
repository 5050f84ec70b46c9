package org.minga.governance.internal.domain;

/** The identity of a {@link Barrier}: a positive number the database gives it. */
public record BarrierId(long value) {

    public BarrierId {
        if (value <= 0) {
            throw new IllegalArgumentException("A barrier id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
