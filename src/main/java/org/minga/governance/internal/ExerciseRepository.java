package org.minga.governance.internal;

import org.minga.governance.internal.domain.DemonstrationExercise;
import org.springframework.data.repository.ListCrudRepository;

/** Exercises written through Spring Data JDBC; their actors, milestones and notes through {@link ExerciseStatements}. */
interface ExerciseRepository extends ListCrudRepository<DemonstrationExercise, Long>, ExerciseStatements {
}
