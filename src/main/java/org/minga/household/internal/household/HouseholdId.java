package org.minga.household.internal.household;

/** The identity of a {@link Household}. */
public record HouseholdId(long value) {

    public HouseholdId {
        if (value <= 0) {
            throw new IllegalArgumentException("A household id is positive: " + value);
        }
    }
}
