package org.minga.practice.internal;

import lombok.RequiredArgsConstructor;
import org.minga.platform.TextKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluator profiles: a person of an entity (with a user, or not yet), in a jurisdiction. */
@Repository
@RequiredArgsConstructor
class EvaluatorRepository {

    private final JdbcClient jdbc;

    long insert(long jurisdictionId, String username, String fullName, String entityName) {
        return jdbc.sql("""
                insert into practice_evaluator (jurisdiction_id, username, full_name, entity_name, entity_key)
                values (:j, :u, :n, :e, :k) returning id""")
                .param("j", jurisdictionId).param("u", username).param("n", fullName.strip())
                .param("e", entityName.strip()).param("k", TextKeys.key(entityName)).query(Long.class).single();
    }
}
