package org.minga.governance.internal;

import org.minga.governance.internal.domain.Petition;
import org.springframework.data.repository.ListCrudRepository;

/** Petitions written through Spring Data JDBC. */
interface PetitionRepository extends ListCrudRepository<Petition, Long> {
}
