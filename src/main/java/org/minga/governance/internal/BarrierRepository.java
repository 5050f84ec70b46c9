package org.minga.governance.internal;

import org.minga.governance.internal.domain.Barrier;
import org.springframework.data.repository.ListCrudRepository;

/** Barriers written through Spring Data JDBC; their services and trail through {@link BarrierStatements}. */
interface BarrierRepository extends ListCrudRepository<Barrier, Long>, BarrierStatements {
}
