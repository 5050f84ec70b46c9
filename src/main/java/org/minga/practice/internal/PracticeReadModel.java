package org.minga.practice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Practices as they are read: one, a page of a jurisdiction's, and the saved versions of one. */
@Component
record PracticeReadModel(JdbcClient jdbc, ObjectMapper json) {

    static final String COLUMNS = """
            id, jurisdiction_id, territory_id, format_id, title, entity_name, entity_actor_ref, sector, process,
            level, year, status, answers::text as answers, observations, share_authorized, created_by, created_at,
            updated_by, updated_at, published_at, version""";

    /** A saved version of a practice: its state, title, level and answers when it was saved. */
    record PracticeVersion(int number, PracticeStatus status, String title, int level, Map<String, Object> answers,
            String note, String createdBy, OffsetDateTime createdAt) {
    }

    Optional<GoodPractice> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from practice where id = :id").param("id", id).query(this::map)
                .optional();
    }

    boolean assignedTo(long practiceId, String username) {
        return jdbc.sql("""
                select exists(select 1 from practice_assignment a join practice_evaluator e on e.id = a.evaluator_id
                where a.practice_id = :p and e.username = :u)""")
                .param("p", practiceId).param("u", username).query(Boolean.class).single();
    }

    /** A page of the practices of a jurisdiction (all when null), of a status and matching words when given. */
    PageResult<GoodPractice> list(Long jurisdictionId, String status, String q, PageRequest page) {
        boolean byStatus = status != null && !status.isBlank();
        boolean byWords = q != null && !q.isBlank();
        String where = " where (cast(:j as bigint) is null or jurisdiction_id = :j)"
                + (byStatus ? " and status = :s" : "") + (byWords ? " and search_key like :q" : "");
        String like = byWords ? "%" + TextKeys.key(q) + "%" : null;
        var count = jdbc.sql("select count(*) from practice" + where).param("j", jurisdictionId);
        var rows = jdbc.sql("select " + COLUMNS + " from practice" + where
                + " order by updated_at desc, id desc limit :limit offset :offset").param("j", jurisdictionId);
        if (byStatus) {
            count = count.param("s", status);
            rows = rows.param("s", status);
        }
        if (byWords) {
            count = count.param("q", like);
            rows = rows.param("q", like);
        }
        long total = count.query(Long.class).single();
        List<GoodPractice> items = rows.param("limit", page.size()).param("offset", page.offset()).query(this::map)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    List<PracticeVersion> versions(long practiceId) {
        return jdbc.sql("""
                select number, status, title, level, answers::text as answers, note, created_by, created_at
                from practice_version where practice_id = :p order by number desc""")
                .param("p", practiceId)
                .query((rs, n) -> new PracticeVersion(rs.getInt("number"),
                        PracticeStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getInt("level"),
                        readAnswers(rs.getString("answers")), rs.getString("note"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    Map<String, Object> readAnswers(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    GoodPractice map(ResultSet rs, int n) throws SQLException {
        return new GoodPractice(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("territory_id"),
                rs.getLong("format_id"), rs.getString("title"), rs.getString("entity_name"),
                rs.getString("entity_actor_ref"), rs.getString("sector"), rs.getString("process"), rs.getInt("level"),
                rs.getInt("year"), PracticeStatus.valueOf(rs.getString("status")), readAnswers(rs.getString("answers")),
                rs.getString("observations"), (Boolean) rs.getObject("share_authorized"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
