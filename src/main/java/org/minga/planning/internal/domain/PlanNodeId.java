package org.minga.planning.internal.domain;

/** The identity of a {@link PlanNode}: a positive number the database gives it. */
public record PlanNodeId(long value) {

    public PlanNodeId {
        Ids.requirePositive(value);
    }
}
