package org.minga.planning.internal;

import org.minga.planning.internal.domain.ActionPlan;
import org.springframework.data.repository.CrudRepository;

/** Action plans written through Spring Data JDBC. */
interface ActionPlanRepository extends CrudRepository<ActionPlan, Long> {
}
