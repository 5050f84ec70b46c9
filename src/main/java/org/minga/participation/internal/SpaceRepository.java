package org.minga.participation.internal;

import org.minga.participation.internal.domain.Space;
import org.springframework.data.repository.ListCrudRepository;

/** Writes of {@link Space}s. */
interface SpaceRepository extends ListCrudRepository<Space, Long> {

    boolean existsByJurisdictionIdAndCode(long jurisdictionId, String code);
}
