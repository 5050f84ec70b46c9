package org.minga.household.internal.visit;

import org.springframework.data.repository.Repository;

/** Writes of household visits. */
public interface HouseholdVisitRepository extends Repository<HouseholdVisit, Long> {

    HouseholdVisit save(HouseholdVisit visit);

    long countByHouseholdId(long householdId);
}
