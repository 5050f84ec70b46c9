package org.minga.privacy.internal.domain;

/** The identity of a {@link DataRequest}: a positive number the database gives it. */
public record DataRequestId(long value) {

    public DataRequestId {
        if (value <= 0) {
            throw new IllegalArgumentException("A data-subject request id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
