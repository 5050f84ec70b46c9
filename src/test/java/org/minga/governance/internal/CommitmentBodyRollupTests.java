package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A body's measures and its open, overdue and total commitments come from the body's rollup (V845, issue 26): for
 * every body they equal a count of its commitments made here by hand, before and after a commitment is made, moved
 * and deleted.
 */
@MingaTest
class CommitmentBodyRollupTests extends GovernanceTestBase {

    @Autowired
    MeasureReadModel measures;
    @Autowired
    CommitmentReadModel commitments;
    @Autowired
    CommitmentCalendar calendar;

    /** A body's figures counted over its commitments, the way the page counted them before the rollup. */
    record Direct(long commitments, long tiedToGoal, Double sectors, Double fulfilment, long open, long overdue,
            long all) {
    }

    Direct direct(long body, LocalDate today, LocalDate cutoff) {
        return jdbc.sql("""
                select count(*) filter (where status <> 'CANCELLED'),
                       count(*) filter (where status <> 'CANCELLED' and strategic_goal is not null),
                       avg(cardinality(sectors)) filter (where status <> 'CANCELLED'),
                       count(*) filter (where status = 'DONE'),
                       count(*) filter (where status <> 'CANCELLED' and (status = 'DONE' or due_date <= :today)),
                       count(*) filter (where status in ('PENDING', 'IN_PROGRESS', 'OVERDUE')),
                       count(*) filter (where status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and due_date < :cutoff),
                       count(*)
                from gov_commitment where body_id = :b""").param("b", body).param("today", today)
                .param("cutoff", cutoff).query((rs, n) -> {
                    long due = rs.getLong(5);
                    return new Direct(rs.getLong(1), rs.getLong(2), rs.getObject(3) == null ? null : rs.getDouble(3),
                            due == 0 ? null : rs.getLong(4) * 1.0 / due, rs.getLong(6), rs.getLong(7),
                            rs.getLong(8));
                }).single();
    }

    /** What the body's page, its sessions' pages and the API show, read through the product. */
    Direct shown(long body, long jurisdiction, LocalDate today, LocalDate cutoff) {
        MeasureReadModel.Measures m = measures.of(jurisdiction, body, null, today, cutoff);
        return new Direct(m.commitments(), m.intentionality().tiedToGoal(), m.intensity().sectorsPerCommitment(),
                m.intensity().fulfilment(),
                commitments.ofBody(body, jurisdiction, "open", PageRequest.of(0, 5)).total(),
                commitments.ofBody(body, jurisdiction, "overdue", PageRequest.of(0, 5)).total(),
                commitments.ofBody(body, jurisdiction, "all", PageRequest.of(0, 5)).total());
    }

    void everyBodyShowsItsDirectCount(String when) {
        List<long[]> bodies = jdbc.sql("select id, jurisdiction_id from gov_body order by id")
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
        assertThat(bodies).isNotEmpty();
        for (long[] b : bodies) {
            LocalDate today = calendar.today(b[1]);
            LocalDate cutoff = calendar.cutoff(b[1]);
            assertThat(shown(b[0], b[1], today, cutoff)).as("body " + b[0] + " " + when)
                    .isEqualTo(direct(b[0], today, cutoff));
        }
    }

    @Test
    void everyBodysMeasuresAndTotalsEqualItsCommitmentsCountedByHand() {
        long withCommitments = jdbc.sql("select count(distinct body_id) from gov_commitment").query(Long.class)
                .single();
        assertThat(withCommitments).as("the demo has bodies with commitments").isPositive();
        everyBodyShowsItsDirectCount("in the demo");

        long body = jdbc.sql("select min(body_id) from gov_commitment").query(Long.class).single();
        long id = jdbc.sql("""
                insert into gov_commitment (jurisdiction_id, body_id, territory_path, title, responsible_actor_id,
                                            strategic_goal, sectors, due_date, status)
                select jurisdiction_id, body_id, territory_path, 'Compromiso del rollup', responsible_actor_id,
                       'Meta del plan', array['HEALTH', 'EDUCATION', 'CULTURE'], current_date - 30, 'PENDING'
                  from gov_commitment where body_id = :b order by id limit 1 returning id""").param("b", body)
                .query(Long.class).single();
        Direct before = direct(body, LocalDate.now(), LocalDate.now());
        everyBodyShowsItsDirectCount("after a commitment with a goal and three sectors is made");

        jdbc.sql("update gov_commitment set status = 'DONE', completed_on = current_date, sectors = array['HEALTH'] "
                + "where id = :id").param("id", id).update();
        everyBodyShowsItsDirectCount("after it is done with one sector");
        assertThat(direct(body, LocalDate.now(), LocalDate.now()).open()).isEqualTo(before.open() - 1);

        jdbc.sql("update gov_commitment set progress = 50 where id = :id").param("id", id).update();
        jdbc.sql("delete from gov_commitment where id = :id").param("id", id).update();
        everyBodyShowsItsDirectCount("after it is deleted");
    }
}
