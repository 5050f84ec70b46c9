package org.minga.participation.internal;

import org.minga.participation.internal.domain.ParticipatoryProcess;
import org.springframework.data.repository.CrudRepository;

/** Participatory processes with their stages, team, directorates and pilots, through Spring Data JDBC. */
interface ProcessRepository extends CrudRepository<ParticipatoryProcess, Long> {
}
