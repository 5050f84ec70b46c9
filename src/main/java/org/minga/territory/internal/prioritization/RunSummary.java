package org.minga.territory.internal.prioritization;

import java.time.OffsetDateTime;

/** A run in the list of past runs. */
public record RunSummary(long id, String name, String levelName, int year, String scopeLabel, String createdByName,
                         OffsetDateTime createdAt, int scoredCount, int unscoredCount) {
}
