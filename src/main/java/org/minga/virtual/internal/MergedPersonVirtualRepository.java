package org.minga.virtual.internal;

import org.minga.household.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When household merges a duplicate person, what the virtual territories hold of the duplicate follows the person
 * kept: an unsubscribe from campaign e-mails stays in force (nobody who said no gets invitations again because
 * their record was merged), and the duplicate's attendance to an online session becomes the kept person's where the
 * kept person was not registered in it (where both were, both rows stay: the session was counted so). The
 * invitations already sent stay as they were sent. Runs in the merge's transaction.
 */
@Component
record MergedPersonVirtualRepository(JdbcClient jdbc) {

    @EventListener
    void on(PersonsMerged e) {
        jdbc.sql("""
                insert into invitation_opt_out (person_id, opted_out_at)
                select :k, opted_out_at from invitation_opt_out where person_id = :d
                on conflict (person_id) do nothing""").param("k", e.keptPersonId()).param("d", e.mergedPersonId())
                .update();
        jdbc.sql("""
                update online_session_attendance a set person_id = :k
                 where a.person_id = :d and not exists (select 1 from online_session_attendance o
                       where o.online_session_id = a.online_session_id and o.person_id = :k)""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
    }
}
