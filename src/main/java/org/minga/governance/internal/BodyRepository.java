package org.minga.governance.internal;

import org.minga.governance.internal.domain.Body;
import org.springframework.data.repository.ListCrudRepository;

/** Bodies written through Spring Data JDBC; their members and what follows a move through {@link BodyStatements}. */
interface BodyRepository extends ListCrudRepository<Body, Long>, BodyStatements {
}
