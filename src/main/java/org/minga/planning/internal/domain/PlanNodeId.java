package org.minga.planning.internal.domain;

/** The identity of a {@link PlanNode}: a positive number the database gives it. */
public record PlanNodeId(long value) {

    public PlanNodeId {
        if (value <= 0) {
            throw new IllegalArgumentException("A PlanNode id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
