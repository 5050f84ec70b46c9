package org.minga.planning.internal;

import org.minga.planning.internal.domain.Agreement;
import org.springframework.data.repository.CrudRepository;

/** Agreements with their parties, funded actions and documents, written through Spring Data JDBC. */
interface AgreementRepository extends CrudRepository<Agreement, Long> {
}
