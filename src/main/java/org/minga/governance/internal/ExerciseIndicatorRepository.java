package org.minga.governance.internal;

import java.util.List;

import org.minga.governance.internal.domain.ExerciseIndicator;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** A demonstration exercise's indicators, with their measurements, through Spring Data JDBC. */
interface ExerciseIndicatorRepository extends ListCrudRepository<ExerciseIndicator, Long> {

    @Query("select * from gov_exercise_indicator where exercise_id = :exerciseId order by id")
    List<ExerciseIndicator> findByExerciseId(long exerciseId);
}
