package org.minga.training.internal;

import org.minga.training.internal.domain.TrainingProgramme;
import org.springframework.data.repository.CrudRepository;

/** Training programmes written through Spring Data JDBC (with the capacities they develop). */
interface TrainingProgrammeRepository extends CrudRepository<TrainingProgramme, Long> {
}
