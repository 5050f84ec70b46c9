package org.minga.practice.internal.domain;

/** The identity of an {@link Evaluation}: a positive number the database gives it. */
public record EvaluationId(long value) {

    public EvaluationId {
        Ids.requirePositive(value);
    }
}
