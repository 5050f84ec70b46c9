package org.minga.participation.internal;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.minga.participation.internal.domain.SurveyResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes of {@link SurveyResponse}s: once per client UUID, with their answer rows. */
@Component
record SurveyResponseRepository(JdbcClient jdbc) {

    /** A stored response's id and survey. */
    record Stored(long id, long surveyId) {
    }

    Optional<Stored> byClientUuid(UUID uuid) {
        return jdbc.sql("select id, survey_id from survey_response where client_uuid = :u").param("u", uuid)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2))).optional();
    }

    /** Inserts the response unless its UUID is already stored (a concurrent send); answers the new id if inserted. */
    Optional<Long> insertOnce(SurveyResponse r) {
        Optional<Long> id = jdbc
                .sql("""
                        insert into survey_response (survey_id, survey_version_id, jurisdiction_id, client_uuid, channel, surveyor,
                          territory_id, territory_path, group_name, respondent_name, respondent_contact, answered_at)
                        values (:s, :v, :j, :u, :c, :by, :t, :p, :g, :n, :ct, :at)
                        on conflict (client_uuid) do nothing returning id""")
                .param("s", r.surveyId()).param("v", r.surveyVersionId()).param("j", r.jurisdictionId())
                .param("u", r.clientUuid()).param("c", r.channel()).param("by", r.surveyor())
                .param("t", r.territoryId()).param("p", r.territoryPath()).param("g", r.groupName())
                .param("n", r.respondentName()).param("ct", r.respondentContact())
                .param("at", r.answeredAt().atOffset(ZoneOffset.UTC)).query(Long.class).optional();
        id.ifPresent(responseId -> r.answers().forEach(a -> jdbc
                .sql("insert into survey_answer (response_id, question_key, item, value) values (:r, :q, :i, :v)")
                .param("r", responseId).param("q", a.questionKey()).param("i", a.item()).param("v", a.value())
                .update()));
        return id;
    }
}
