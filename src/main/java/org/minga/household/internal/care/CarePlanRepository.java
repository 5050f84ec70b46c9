package org.minga.household.internal.care;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Writes of care plans with their actions and visits. Pages read {@link CarePlanReadModel}. */
public interface CarePlanRepository extends Repository<CarePlan, Long> {

    CarePlan save(CarePlan plan);

    Optional<CarePlan> findById(Long id);

    @Query("select exists (select 1 from care_plan where household_id = :household and status = 'ACTIVO')")
    boolean hasActivePlan(@Param("household") long household);

    @Query("select exists (select 1 from care_plan where setting_id = :setting and status = 'ACTIVO')")
    boolean settingHasActivePlan(@Param("setting") long setting);
}
