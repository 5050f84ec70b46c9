package org.minga.governance;

/**
 * A petition raised by another module from a participation space: {@code improvementAction} for an improvement
 * action, otherwise a citizen petition; {@code bodyId} null means the micro-level body whose territory is the
 * nearest one covering {@code territoryId}; {@code sourceReference} names the space (and the record) it comes from.
 */
public record RaisePetition(long jurisdictionId, long territoryId, Long bodyId, boolean improvementAction,
        String title, String description, String sourceReference) {
}
