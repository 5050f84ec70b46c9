package org.minga.governance.internal.domain;

/** The identity of a {@link Body}: a positive number the database gives it. */
public record BodyId(long value) {

    public BodyId {
        if (value <= 0) {
            throw new IllegalArgumentException("A body id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
