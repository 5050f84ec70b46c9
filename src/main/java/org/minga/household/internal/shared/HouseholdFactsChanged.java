package org.minga.household.internal.shared;

/**
 * What the alert rules read of a household changed (its place, a member, an answer): published inside the
 * transaction of the change, so the alerts it raises are stored with it.
 */
public record HouseholdFactsChanged(long householdId) {
}
