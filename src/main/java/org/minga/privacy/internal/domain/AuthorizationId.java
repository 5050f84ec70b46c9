package org.minga.privacy.internal.domain;

/** The identity of an {@link Authorization}: a positive number the database gives it. */
public record AuthorizationId(long value) {

    public AuthorizationId {
        if (value <= 0) {
            throw new IllegalArgumentException("An authorization id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
