package org.minga.governance.internal;

import org.minga.governance.internal.domain.Commitment;
import org.springframework.data.repository.ListCrudRepository;

/** Commitments written through Spring Data JDBC; their side rows and set-based writes through {@link CommitmentStatements}. */
interface CommitmentRepository extends ListCrudRepository<Commitment, Long>, CommitmentStatements {
}
