package org.minga.household.internal.care;

/** The identity of a {@link CarePlan}. */
public record CarePlanId(long value) {

    public CarePlanId {
        if (value <= 0) {
            throw new IllegalArgumentException("A care plan id is positive: " + value);
        }
    }
}
