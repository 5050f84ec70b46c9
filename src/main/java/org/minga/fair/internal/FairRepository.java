package org.minga.fair.internal;

import org.minga.fair.internal.domain.ServiceFair;
import org.springframework.data.repository.CrudRepository;

/** Fairs written through Spring Data JDBC; their participants, stands, checklist, lessons and registrations through {@link FairStatements}. */
interface FairRepository extends CrudRepository<ServiceFair, Long>, FairStatements {
}
