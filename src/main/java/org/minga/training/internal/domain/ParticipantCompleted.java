package org.minga.training.internal.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A participant completed a programme: they now hold the capacities it develops (listeners record the holdings and
 * the teams' gaps follow). Exactly one of {@code personId} and {@code userId} is set.
 */
public record ParticipantCompleted(long participantId, long programmeId, Long personId, Long userId,
        Set<Long> capacityIds, LocalDate completedOn) {
}
