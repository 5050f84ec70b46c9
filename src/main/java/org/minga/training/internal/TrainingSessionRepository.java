package org.minga.training.internal;

import org.minga.training.internal.domain.TrainingSession;
import org.springframework.data.repository.CrudRepository;

/** Training sessions written through Spring Data JDBC (with their attendance). */
interface TrainingSessionRepository extends CrudRepository<TrainingSession, Long> {
}
