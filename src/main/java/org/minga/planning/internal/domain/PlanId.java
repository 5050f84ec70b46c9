package org.minga.planning.internal.domain;

/** The identity of a {@link Plan}: a positive number the database gives it. */
public record PlanId(long value) {

    public PlanId {
        Ids.requirePositive(value);
    }
}
