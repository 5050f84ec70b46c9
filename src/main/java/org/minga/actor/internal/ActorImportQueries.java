package org.minga.actor.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored alliance or social asset an imported code updates (codes compare ignoring case). */
@Component
record ActorImportQueries(JdbcClient jdbc) {

    Optional<Long> allianceId(long jurisdictionId, String code) {
        return jdbc.sql("select id from alliance where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code == null ? "" : code).query(Long.class).optional();
    }

    Optional<Long> socialAssetId(long jurisdictionId, String code) {
        return jdbc.sql("select id from social_asset where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code == null ? "" : code).query(Long.class).optional();
    }
}
