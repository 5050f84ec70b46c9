package org.minga.platform;

/**
 * The audit trail of every change: who, when, what, before and after. Call it in the same transaction
 * as the change, so a rolled-back change leaves no audit row and a committed one always has its row.
 */
public interface AuditLog {

    /**
     * @param action     CREATE, UPDATE, DELETE, IMPORT, RUN, ...
     * @param entityType e.g. "territory"
     * @param entityId   the row's id, or null for bulk actions
     * @param before     the state before (serialised as JSON), or null
     * @param after      the state after (serialised as JSON), or null
     */
    void record(String action, String entityType, Object entityId, Long jurisdictionId, String summary,
            Object before, Object after);
}
