package org.minga.privacy.internal;

import org.minga.privacy.internal.domain.Authorization;
import org.springframework.data.repository.CrudRepository;

/** Authorizations written through Spring Data JDBC; the bulk ones of imports through {@link AuthorizationStatements}. */
interface AuthorizationRepository extends CrudRepository<Authorization, Long>, AuthorizationStatements {
}
