package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.governance.internal.Gov.ManagementLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the input pack of a higher instance is made of: its lower bodies (every body below it, at any depth) and
 * their figures of a period, counted on the local dates of the jurisdiction's zone; hand-written SQL.
 */
@Component
record InputPackReadModel(JdbcClient jdbc) {

    /** A body below the instance. */
    public record LowerBody(long id, String code, String name, ManagementLevel level, Long parentId) {
    }

    /**
     * A lower body's figures of the period: sessions held; commitments made, fulfilled, and overdue at the period's
     * end (due before it ends, not fulfilled by then, not cancelled); barriers raised there, escalated from there and
     * resolved there.
     */
    public record BodyFigures(long bodyId, String bodyName, long sessionsHeld, long commitmentsMade,
            long commitmentsDone, long commitmentsOverdue, long barriersRaised, long barriersEscalated,
            long barriersResolved) {
    }

    List<LowerBody> lower(long bodyId) {
        return jdbc
                .sql("""
                        with recursive below (id, depth) as (
                          select id, 1 from gov_body where parent_id = :b
                          union all select g.id, depth + 1 from gov_body g join below on g.parent_id = below.id where depth < 10)
                        select g.id, g.code, g.name, g.level, g.parent_id from gov_body g join below on below.id = g.id
                        order by below.depth, g.name, g.id""")
                .param("b", bodyId)
                .query((rs, n) -> new LowerBody(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ManagementLevel.valueOf(rs.getString(4)), rs.getObject(5, Long.class)))
                .list();
    }

    List<BodyFigures> figures(List<Long> bodyIds, String tz, LocalDate from, LocalDate to) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("""
                        select b.id, b.name,
                          (select count(*) from gov_session s where s.body_id = b.id and s.status in ('HELD', 'CLOSED')
                             and (s.starts_at at time zone :tz)::date between :from and :to),
                          (select count(*) from gov_commitment c where c.body_id = b.id
                             and (c.created_at at time zone :tz)::date between :from and :to),
                          (select count(*) from gov_commitment c where c.body_id = b.id and c.completed_on between :from and :to),
                          (select count(*) from gov_commitment c where c.body_id = b.id and c.status <> 'CANCELLED'
                             and (c.created_at at time zone :tz)::date <= :to and c.due_date < :to
                             and (c.completed_on is null or c.completed_on > :to)),
                          (select count(*) from gov_escalation e where e.to_body_id = b.id and e.action = 'RAISED'
                             and (e.created_at at time zone :tz)::date between :from and :to),
                          (select count(*) from gov_escalation e where e.from_body_id = b.id and e.action = 'ESCALATED'
                             and (e.created_at at time zone :tz)::date between :from and :to),
                          (select count(*) from gov_escalation e where e.from_body_id = b.id and e.action = 'RESOLVED'
                             and (e.created_at at time zone :tz)::date between :from and :to)
                        from gov_body b where b.id in (:bodies) order by b.name, b.id""")
                .param("bodies", bodyIds)
                .param("tz", tz).param("from", from).param("to", to)
                .query((rs, n) -> new BodyFigures(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list();
    }
}
