package org.minga.practice.internal;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes practices: their answers are a JSON document (jsonb), so the statements are written by hand. Every change
 * is guarded by the version the writer read; a false answer means someone else changed the practice meanwhile.
 */
@Repository
@RequiredArgsConstructor
class PracticeRepository {

    /** The columns a draft or a save writes. */
    record Content(Long territoryId, String title, String entityName, String entityKey, String sector, String process,
            int level, Integer year, Map<String, Object> answers, Boolean shareAuthorized, String searchKey) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    /** A new practice in BORRADOR; its id. */
    long insert(long jurisdictionId, long formatId, Content c, String username) {
        return jdbc.sql("""
                insert into practice (jurisdiction_id, territory_id, format_id, title, entity_name, entity_key,
                    sector, process, level, year, status, answers, share_authorized, search_key, created_by, updated_by)
                values (:j, :t, :f, :title, :entity, :ekey, :sector, :process, :level, :year, 'BORRADOR',
                    cast(:answers as jsonb), :share, :search, :u, :u) returning id""")
                .param("j", jurisdictionId).param("f", formatId).params(content(c)).param("u", username)
                .query(Long.class).single();
    }

    boolean update(long id, int version, Content c, String username) {
        return jdbc
                .sql("""
                        update practice set title = :title, entity_name = :entity, entity_key = :ekey, sector = :sector,
                            process = :process, year = :year, territory_id = :t, level = :level, answers = cast(:answers as jsonb),
                            share_authorized = :share, search_key = :search, updated_by = :u, updated_at = now(),
                            version = version + 1
                        where id = :id and version = :v""")
                .params(content(c)).param("u", username).param("id", id).param("v", version).update() > 0;
    }

    boolean moveTo(long id, int version, PracticeStatus to, String observations, String username) {
        return jdbc.sql("""
                update practice set status = :s, observations = :o, updated_by = :u, updated_at = now(),
                    published_at = case when :s = 'PUBLICADA' then now() else published_at end,
                    version = version + 1
                where id = :id and version = :v""")
                .param("s", to.name()).param("o", observations).param("u", username).param("id", id)
                .param("v", version).update() > 0;
    }

    /** Keeps the practice as it is now as its next numbered version. */
    void snapshot(GoodPractice p, String note, String username) {
        jdbc.sql("""
                insert into practice_version (practice_id, number, status, title, level, answers, note, created_by)
                values (:p, (select coalesce(max(number), 0) + 1 from practice_version where practice_id = :p),
                    :s, :t, :l, cast(:a as jsonb), :n, :u)""")
                .param("p", p.id()).param("s", p.status().name()).param("t", p.title()).param("l", p.level())
                .param("a", write(p.answers())).param("n", note).param("u", username).update();
    }

    private Map<String, Object> content(Content c) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("t", c.territoryId());
        m.put("title", c.title());
        m.put("entity", c.entityName());
        m.put("ekey", c.entityKey());
        m.put("sector", c.sector());
        m.put("process", c.process());
        m.put("level", c.level());
        m.put("year", c.year());
        m.put("answers", write(c.answers()));
        m.put("share", c.shareAuthorized());
        m.put("search", c.searchKey());
        return m;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
