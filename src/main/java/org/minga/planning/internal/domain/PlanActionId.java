package org.minga.planning.internal.domain;

/** The identity of a {@link PlanAction}: a positive number the database gives it. */
public record PlanActionId(long value) {

    public PlanActionId {
        Ids.requirePositive(value);
    }
}
