package org.minga.training.internal;

import lombok.RequiredArgsConstructor;
import org.minga.training.internal.domain.ParticipantCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What follows a completion: the participant holds the programme's capacities from that day (and teams' gaps close). */
@Component
@RequiredArgsConstructor
class CapacityReactions {

    private final CapacityHoldingRepository holdings;

    @ApplicationModuleListener
    void hold(ParticipantCompleted e) {
        holdings.hold(e.personId(), e.userId(), e.capacityIds(), e.programmeId(), e.completedOn());
    }
}
