package org.minga.practice.internal;

import org.minga.practice.internal.domain.Evaluation;
import org.springframework.data.repository.CrudRepository;

/** Evaluations (with their scores) written through Spring Data JDBC. */
interface EvaluationRepository extends CrudRepository<Evaluation, Long> {
}
