package org.minga.participation.internal;

import org.minga.participation.internal.domain.ImprovementAction;
import org.springframework.data.repository.ListCrudRepository;

/** Writes of {@link ImprovementAction}s. */
interface ImprovementActionRepository extends ListCrudRepository<ImprovementAction, Long> {
}
