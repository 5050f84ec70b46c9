package org.minga.household.internal.characterization;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.shared.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of characterisations. Hand-written rather than Spring Data JDBC: the answers are a jsonb document, which
 * Spring Data JDBC writes only with a converter the platform does not register.
 */
@Repository
@RequiredArgsConstructor
class CharacterizationRepository {

    private final JdbcClient jdbc;
    private final Json json;

    Characterization add(Characterization c) {
        long id = jdbc.sql("""
                insert into characterization (jurisdiction_id, instrument_version_id, household_id, person_id,
                  territory_path, answered_on, answers, created_by)
                values (:j, :v, :h, :p, :path, :on, cast(:a as jsonb), :u) returning id""")
                .param("j", c.jurisdictionId()).param("v", c.instrumentVersionId()).param("h", c.householdId())
                .param("p", c.personId()).param("path", c.territoryPath()).param("on", c.answeredOn())
                .param("a", json.write(c.answers())).param("u", c.createdBy()).query(Long.class).single();
        return c.stored(id);
    }

    /** A merged duplicate's answers belong to the person kept. */
    int movePerson(long merged, long kept) {
        return jdbc.sql("update characterization set person_id = :k where person_id = :d").param("k", kept)
                .param("d", merged)
                .update();
    }
}
