package org.minga.training.internal;

import org.minga.household.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When household merges a duplicate person, what training holds of the duplicate moves to the person kept: a
 * participation in a programme the kept person is not in moves whole; where both took part, the duplicate's
 * attendance joins the kept participation (with its scores and completion when the kept one has none) and the
 * duplicate's participation goes; capacities held and team places move too. Runs in the merge's transaction: a merge
 * moves everything or nothing.
 */
@Component
record MergedPersonTrainingRepository(JdbcClient jdbc) {

    @EventListener
    void on(PersonsMerged e) {
        // both took part in the same programme: attendance, scores and completion join the kept participation
        jdbc.sql("""
                insert into training_attendance (session_id, participant_id, satisfaction)
                select a.session_id, k.id, a.satisfaction
                  from training_attendance a
                  join training_participant d on d.id = a.participant_id and d.person_id = :d
                  join training_participant k on k.programme_id = d.programme_id and k.person_id = :k
                on conflict do nothing""").param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("""
                update training_participant k
                   set score_before = coalesce(k.score_before, d.score_before),
                       score_after = coalesce(k.score_after, d.score_after)
                  from training_participant d
                 where d.person_id = :d and k.programme_id = d.programme_id and k.person_id = :k""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        // the duplicate completed where the kept person did not: the completion (and its certificate) moves
        jdbc.sql("""
                select k.id as kept, d.id as dup from training_participant d
                  join training_participant k on k.programme_id = d.programme_id and k.person_id = :k
                 where d.person_id = :d and d.status = 'COMPLETED' and k.status <> 'COMPLETED'""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId())
                .query((rs, n) -> new long[]{rs.getLong("kept"), rs.getLong("dup")}).list()
                .forEach(pair -> moveCompletion(pair[0], pair[1]));
        jdbc.sql("""
                delete from training_attendance a using training_participant d, training_participant k
                 where a.participant_id = d.id and d.person_id = :d
                   and k.programme_id = d.programme_id and k.person_id = :k""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("""
                delete from training_participant d using training_participant k
                 where d.person_id = :d and k.programme_id = d.programme_id and k.person_id = :k""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("update training_participant set person_id = :k where person_id = :d")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("""
                insert into capacity_holding (capacity_id, person_id, programme_id, acquired_on)
                select h.capacity_id, :k, h.programme_id, h.acquired_on from capacity_holding h
                 where h.person_id = :d and not exists (select 1 from capacity_holding o where o.person_id = :k
                       and o.capacity_id = h.capacity_id and o.programme_id = h.programme_id)""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("delete from capacity_holding where person_id = :d").param("d", e.mergedPersonId()).update();
        jdbc.sql("update training_team_member set person_id = :k where person_id = :d")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
    }

    private void moveCompletion(long kept, long dup) {
        String code = jdbc.sql("select certificate_code from training_participant where id = :d").param("d", dup)
                .query(String.class).optional().orElse(null);
        jdbc.sql("update training_participant set certificate_code = null where id = :d").param("d", dup).update();
        jdbc.sql("""
                update training_participant k set status = d.status, completed_on = d.completed_on,
                       certificate_code = :code
                  from training_participant d where k.id = :k and d.id = :d""")
                .param("k", kept).param("d", dup).param("code", code).update();
    }
}
