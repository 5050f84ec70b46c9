package org.minga.territory.internal.grouping;

import java.time.Instant;

/** A line of the list of saved clusterings. */
public record ClusteringSummary(long id, String jurisdictionCode, String name, String levelName, int year,
        int groupCount, String createdBy, Instant createdAt) {
}
