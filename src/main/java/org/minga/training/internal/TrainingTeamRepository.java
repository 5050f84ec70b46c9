package org.minga.training.internal;

import org.minga.training.internal.domain.TrainingTeam;
import org.springframework.data.repository.CrudRepository;

/** Teams and their members written through Spring Data JDBC. */
interface TrainingTeamRepository extends CrudRepository<TrainingTeam, Long> {
}
