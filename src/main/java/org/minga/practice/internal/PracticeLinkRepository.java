package org.minga.practice.internal;

import java.util.List;

import org.minga.practice.internal.EvidenceService.Link;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The links from a practice or a lesson to Minga records (table {@code practice_link}), without their figures. */
@Component
record PracticeLinkRepository(JdbcClient jdbc) {

    long insert(Long practiceId, Long lessonId, LinkType type, String reference, String label, String username) {
        return jdbc.sql("""
                insert into practice_link (practice_id, lesson_id, link_type, target_ref, label, created_by)
                values (:p, :l, :t, :r, :label, :u) returning id""")
                .param("p", practiceId).param("l", lessonId).param("t", type.code()).param("r", reference)
                .param("label", label).param("u", username).query(Long.class).single();
    }

    /** Removes the link; false when there was none. */
    boolean delete(long linkId) {
        return jdbc.sql("delete from practice_link where id = :id").param("id", linkId).update() > 0;
    }

    List<Link> ofPractice(long practiceId) {
        return linksWhere("practice_id", practiceId);
    }

    List<Link> ofLesson(long lessonId) {
        return linksWhere("lesson_id", lessonId);
    }

    private List<Link> linksWhere(String column, long id) {
        return jdbc.sql("select id, link_type, target_ref, label from practice_link where " + column
                + " = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Link(rs.getLong("id"), LinkType.of(rs.getString("link_type")),
                        rs.getString("target_ref"), rs.getString("label"), null))
                .list();
    }
}
