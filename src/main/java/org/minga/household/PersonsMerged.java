package org.minga.household;

/**
 * A duplicate person record was merged into the one kept: every module that holds records of the person moves them
 * to {@code keptPersonId}. Published inside the merge's transaction; listeners write in it, so a merge moves
 * everything or nothing.
 */
public record PersonsMerged(long keptPersonId, long mergedPersonId, long jurisdictionId) {
}
