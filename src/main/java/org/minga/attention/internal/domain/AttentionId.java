package org.minga.attention.internal.domain;

/** The identity of an {@link Attention}: a positive number the database gives it. */
public record AttentionId(long value) {

    public AttentionId {
        if (value <= 0) {
            throw new IllegalArgumentException("An attention id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
