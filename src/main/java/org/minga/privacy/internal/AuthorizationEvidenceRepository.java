package org.minga.privacy.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The image kept as an authorization's evidence (a photo of the signed form or a drawn signature), one each. */
@Component
record AuthorizationEvidenceRepository(JdbcClient jdbc) {

    /** Stores the image; false when the authorization has one already (it is never replaced). */
    boolean store(long authorizationId, Long personId, String mediaType, byte[] content, String sha256,
            String recordedBy) {
        return jdbc.sql("""
                insert into data_authorization_evidence (authorization_id, person_id, media_type, content, sha256,
                                                         recorded_by)
                values (:a, :p, :t, :c, :s, :u) on conflict (authorization_id) do nothing""")
                .param("a", authorizationId).param("p", personId).param("t", mediaType).param("c", content)
                .param("s", sha256).param("u", recordedBy).update() == 1;
    }

    /** The image as stored, with the SHA-256 computed when it was received. */
    record Stored(String mediaType, byte[] content, String sha256) {
    }

    Optional<Stored> find(long authorizationId) {
        return jdbc
                .sql("select media_type, content, sha256 from data_authorization_evidence where authorization_id = :a")
                .param("a", authorizationId)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2), rs.getString(3))).optional();
    }
}
