package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link CommitmentRepository}, in SQL. */
@RequiredArgsConstructor
class CommitmentStatementsImpl implements CommitmentStatements {

    private final JdbcClient jdbc;

    @Override
    public void addCoResponsible(long commitmentId, Collection<Long> actorIds) {
        for (Long a : actorIds) {
            jdbc.sql(
                    "insert into gov_commitment_actor (commitment_id, actor_id) values (:c, :a) on conflict do nothing")
                    .param("c", commitmentId).param("a", a).update();
        }
    }

    @Override
    public void addNote(long commitmentId, Long sessionId, String note, int progress, String author) {
        jdbc.sql("""
                insert into gov_commitment_note (commitment_id, session_id, note, progress, author)
                values (:c, :s, :n, :p, :a)""")
                .param("c", commitmentId).param("s", sessionId).param("n", note).param("p", progress)
                .param("a", author).update();
    }

    @Override
    public long addEvidence(long commitmentId, String name, String url, String contentType, byte[] content,
            String author) {
        return jdbc.sql("""
                insert into gov_commitment_evidence (commitment_id, name, url, content_type, content, author)
                values (:c, :n, :u, :t, :b, :a) returning id""")
                .param("c", commitmentId).param("n", name).param("u", url).param("t", contentType)
                .param("b", content).param("a", author).query(Long.class).single();
    }

    @Override
    public List<DueRow> markOverdue(long jurisdictionId, LocalDate cutoff) {
        return jdbc.sql("""
                update gov_commitment c set status = 'OVERDUE', version = c.version + 1, updated_at = now()
                from gov_body b where b.id = c.body_id and c.jurisdiction_id = :j
                  and c.status in ('PENDING', 'IN_PROGRESS') and c.due_date < :cutoff
                returning c.id, c.title, c.responsible_user_id, c.due_date, b.name""")
                .param("j", jurisdictionId).param("cutoff", cutoff).query(CommitmentReadModel::dueRow).list();
    }
}
