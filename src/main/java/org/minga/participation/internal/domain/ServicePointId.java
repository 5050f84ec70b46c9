package org.minga.participation.internal.domain;

/** The identity of a {@link ServicePoint}: a positive number the database gives it. */
public record ServicePointId(long value) {

    public ServicePointId {
        if (value <= 0) {
            throw new IllegalArgumentException("An id is positive: " + value);
        }
    }
}
