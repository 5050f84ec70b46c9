package org.minga.governance.internal.domain;

/** The identity of a {@link Session}: a positive number the database gives it. */
public record SessionId(long value) {

    public SessionId {
        if (value <= 0) {
            throw new IllegalArgumentException("A session id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
