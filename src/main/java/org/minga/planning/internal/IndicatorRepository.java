package org.minga.planning.internal;

import org.minga.planning.internal.domain.Indicator;
import org.springframework.data.repository.CrudRepository;

/** Indicators written through Spring Data JDBC; their targets and values through {@link IndicatorStatements}. */
interface IndicatorRepository extends CrudRepository<Indicator, Long>, IndicatorStatements {
}
