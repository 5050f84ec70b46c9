package org.minga.territory.internal.diagnosis;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Versions of territorial diagnoses: saved once, the latest found by territory. */
interface TerritorialDiagnosisRepository extends Repository<TerritorialDiagnosis, Long> {

    TerritorialDiagnosis save(TerritorialDiagnosis diagnosis);

    @Query("select * from territorial_diagnosis where territory_id = :territoryId order by edition desc limit 1")
    Optional<TerritorialDiagnosis> findLatest(long territoryId);
}
