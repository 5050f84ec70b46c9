package org.minga.participation.internal;

import org.minga.participation.internal.domain.ServicePoint;
import org.springframework.data.repository.CrudRepository;

/** The service point registry with the value groups of each point, through Spring Data JDBC. */
interface ServicePointRepository extends CrudRepository<ServicePoint, Long> {
}
