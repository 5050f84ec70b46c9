package org.minga.actor.internal;

import org.minga.actor.internal.domain.Alliance;
import org.springframework.data.repository.CrudRepository;

/** Alliances (with their members) written through Spring Data JDBC. */
interface AllianceRepository extends CrudRepository<Alliance, Long> {
}
