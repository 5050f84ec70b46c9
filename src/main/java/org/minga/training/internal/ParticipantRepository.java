package org.minga.training.internal;

import org.minga.training.internal.domain.Participant;
import org.springframework.data.repository.CrudRepository;

/** Programme participants written through Spring Data JDBC. */
interface ParticipantRepository extends CrudRepository<Participant, Long> {
}
