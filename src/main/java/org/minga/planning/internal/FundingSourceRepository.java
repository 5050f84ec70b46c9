package org.minga.planning.internal;

import org.minga.planning.internal.domain.FundingSource;
import org.springframework.data.repository.CrudRepository;

/** The funding sources of each jurisdiction's catalogue, written through Spring Data JDBC. */
interface FundingSourceRepository extends CrudRepository<FundingSource, Long> {
}
