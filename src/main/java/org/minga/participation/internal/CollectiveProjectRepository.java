package org.minga.participation.internal;

import org.minga.participation.internal.domain.CollectiveProject;
import org.springframework.data.repository.CrudRepository;

/** Collective projects with their entities and territories, through Spring Data JDBC. */
interface CollectiveProjectRepository extends CrudRepository<CollectiveProject, Long> {
}
