package org.minga.practice.internal;

import java.util.List;
import java.util.Optional;

import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.practice.internal.LessonService.Lesson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lessons learned with their jurisdiction and practice, one, a practice's or a page of a search. */
@Component
record LessonReadModel(JdbcClient jdbc) {

    private static final String COLUMNS = """
            l.id, l.jurisdiction_id, j.name as jurisdiction_name, l.practice_id, p.title as practice_title, l.title,
            l.what_happened, l.what_learned, l.recommendation, l.published, l.created_by, l.created_at, l.version""";
    private static final String FROM = " from practice_lesson l join jurisdiction j on j.id = l.jurisdiction_id"
            + " left join practice p on p.id = l.practice_id";

    Optional<Lesson> byId(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where l.id = :id").param("id", id).query(Lesson.class)
                .optional();
    }

    List<Lesson> ofPractice(long practiceId, boolean publishedOnly) {
        return jdbc.sql("select " + COLUMNS + FROM + " where l.practice_id = :p"
                + (publishedOnly ? " and l.published" : "") + " order by l.created_at, l.id")
                .param("p", practiceId).query(Lesson.class).list();
    }

    PageResult<Lesson> list(Long jurisdictionId, boolean publishedOnly, String q, PageRequest page) {
        String where = " where (cast(:j as bigint) is null or l.jurisdiction_id = :j)"
                + (publishedOnly ? " and l.published and (l.practice_id is null or p.status = 'PUBLICADA')" : "")
                + " and (cast(:q as text) is null or l.search_key like :q)";
        String like = q == null || q.isBlank() ? null : "%" + TextKeys.key(q) + "%";
        long total = jdbc.sql("select count(*)" + FROM + where).param("j", jurisdictionId).param("q", like)
                .query(Long.class).single();
        List<Lesson> items = jdbc.sql("select " + COLUMNS + FROM + where
                + " order by l.created_at desc, l.id desc limit :limit offset :offset")
                .param("j", jurisdictionId).param("q", like).param("limit", page.size()).param("offset", page.offset())
                .query(Lesson.class).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
