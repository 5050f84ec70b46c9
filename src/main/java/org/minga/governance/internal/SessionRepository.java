package org.minga.governance.internal;

import org.minga.governance.internal.domain.Session;
import org.springframework.data.repository.ListCrudRepository;

/** Sessions written through Spring Data JDBC; their numbers and attendance through {@link SessionStatements}. */
interface SessionRepository extends ListCrudRepository<Session, Long>, SessionStatements {
}
