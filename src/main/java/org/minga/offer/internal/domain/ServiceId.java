package org.minga.offer.internal.domain;

/** The identity of a {@link Service}: a positive number the database gives it. */
public record ServiceId(long value) {

    public ServiceId {
        if (value <= 0) {
            throw new IllegalArgumentException("A service id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
