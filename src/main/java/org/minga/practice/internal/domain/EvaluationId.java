package org.minga.practice.internal.domain;

/** The identity of an {@link Evaluation}: a positive number the database gives it. */
public record EvaluationId(long value) {

    public EvaluationId {
        if (value <= 0) {
            throw new IllegalArgumentException("An evaluation id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
