package org.minga.training.internal;

import org.minga.training.internal.domain.TechnicalAssistance;
import org.springframework.data.repository.CrudRepository;

/** Technical assistance written through Spring Data JDBC. */
interface TechnicalAssistanceRepository extends CrudRepository<TechnicalAssistance, Long> {
}
