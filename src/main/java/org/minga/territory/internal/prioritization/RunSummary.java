package org.minga.territory.internal.prioritization;

import java.time.OffsetDateTime;

/** A run in the list of past runs. */
public record RunSummary(long id, String name, String levelName, int year, String scopeLabel, String createdByName,
        OffsetDateTime createdAt, String timeZone, int scoredCount, int unscoredCount) {

    /** When it ran, on the jurisdiction's clock. */
    public java.time.LocalDateTime createdAtLocal() {
        return createdAt.atZoneSameInstant(java.time.ZoneId.of(timeZone)).toLocalDateTime();
    }
}
