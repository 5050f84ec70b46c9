package org.minga.governance;

import java.util.List;

/**
 * A barrier raised by another module (e.g. referrals overdue for a systemic cause). {@code bodyId} null means
 * the micro-level body whose territory is the nearest one covering {@code territoryId}.
 */
public record RaiseBarrier(long jurisdictionId, long territoryId, Long bodyId, BarrierType type, String title,
        String description, List<Long> serviceIds, String source, String sourceReference) {

    public RaiseBarrier {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }
}
