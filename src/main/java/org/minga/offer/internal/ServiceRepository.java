package org.minga.offer.internal;

import org.minga.offer.internal.domain.Service;
import org.springframework.data.repository.CrudRepository;

/** Services written through Spring Data JDBC; their areas, locations and eligibility row through {@link ServiceStatements}. */
interface ServiceRepository extends CrudRepository<Service, Long>, ServiceStatements {
}
