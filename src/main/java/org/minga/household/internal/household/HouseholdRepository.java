package org.minga.household.internal.household;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Writes of households. Lists and pages read {@link HouseholdReadModel}. */
public interface HouseholdRepository extends Repository<Household, Long> {

    Household save(Household household);

    Optional<Household> findById(Long id);

    boolean existsByJurisdictionIdAndCode(long jurisdictionId, String code);

    /** A household's id taken from its sequence before it is stored, so that its default code can name it. */
    @Query("select nextval(pg_get_serial_sequence('household', 'id'))")
    long nextId();

    /** Members live where their household lives. */
    @Modifying
    @Query("update person set territory_id = :territory, territory_path = :path where household_id = :household")
    int moveMembers(@Param("household") long household, @Param("territory") long territory, @Param("path") String path);

    /** The next follow-up visit a care plan agreed, shown on the household and the team's workload. */
    @Modifying
    @Query("update household set next_visit_on = :next where id = :household")
    int scheduleVisit(@Param("household") long household, @Param("next") LocalDate next);
}
