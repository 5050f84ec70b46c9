package org.minga.fair.internal.domain;

/** The identity of a {@link ServiceFair}: a positive number the database gives it. */
public record ServiceFairId(long value) {

    public ServiceFairId {
        if (value <= 0) {
            throw new IllegalArgumentException("A fair id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
