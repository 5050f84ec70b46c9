package org.minga.household.internal.visit;

/** The identity of a {@link HouseholdVisit}. */
public record HouseholdVisitId(long value) {

    public HouseholdVisitId {
        if (value <= 0) {
            throw new IllegalArgumentException("A household visit id is positive: " + value);
        }
    }
}
