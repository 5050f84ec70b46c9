package org.minga.planning.internal;

import org.minga.planning.internal.domain.PlanAction;
import org.springframework.data.repository.CrudRepository;

/** Plan actions with their responsibles, territories, resource lines and links, written through Spring Data JDBC. */
interface PlanActionRepository extends CrudRepository<PlanAction, Long> {
}
