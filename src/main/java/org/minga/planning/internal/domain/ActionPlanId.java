package org.minga.planning.internal.domain;

/** The identity of a {@link ActionPlan}: a positive number the database gives it. */
public record ActionPlanId(long value) {

    public ActionPlanId {
        Ids.requirePositive(value);
    }
}
