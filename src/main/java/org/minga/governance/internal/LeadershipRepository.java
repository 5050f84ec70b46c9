package org.minga.governance.internal;

import org.minga.governance.internal.domain.Leadership;
import org.springframework.data.repository.ListCrudRepository;

/** Leaderships, with their trajectory, written through Spring Data JDBC. */
interface LeadershipRepository extends ListCrudRepository<Leadership, Long> {
}
