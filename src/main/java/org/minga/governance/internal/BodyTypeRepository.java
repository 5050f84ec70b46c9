package org.minga.governance.internal;

import org.minga.governance.internal.domain.BodyType;
import org.springframework.data.repository.ListCrudRepository;

/** The body type catalogues, written through Spring Data JDBC; the standard copy through {@link BodyTypeStatements}. */
interface BodyTypeRepository extends ListCrudRepository<BodyType, Long>, BodyTypeStatements {
}
