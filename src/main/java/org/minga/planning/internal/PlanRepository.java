package org.minga.planning.internal;

import org.minga.planning.internal.domain.Plan;
import org.springframework.data.repository.CrudRepository;

/** Plans written through Spring Data JDBC. */
interface PlanRepository extends CrudRepository<Plan, Long> {
}
