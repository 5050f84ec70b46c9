package org.minga.attention.internal;

import org.minga.household.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When household merges a duplicate person, the attentions the duplicate received (alone or as a participant of a
 * collective one) move to the person kept. Runs in the merge's transaction: a merge moves everything or nothing.
 */
@Component
record MergedPersonAttentionRepository(JdbcClient jdbc) {

    @EventListener
    void on(PersonsMerged e) {
        jdbc.sql("update attention set person_id = :k where person_id = :d")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("""
                insert into attention_participant (attention_id, person_id)
                select attention_id, :k from attention_participant where person_id = :d on conflict do nothing""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("delete from attention_participant where person_id = :d").param("d", e.mergedPersonId()).update();
    }
}
