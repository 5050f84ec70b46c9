package org.minga.participation.internal;

import org.minga.participation.internal.domain.Contribution;
import org.springframework.data.repository.ListCrudRepository;

/** Writes of {@link Contribution}s; grouping and linking a whole group are set-based ({@link ContributionStatements}). */
interface ContributionRepository extends ListCrudRepository<Contribution, Long>, ContributionStatements {
}
