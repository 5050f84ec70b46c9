package org.minga.governance.internal;

import java.time.Instant;

import org.minga.household.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When household merges a duplicate person, what governance holds of the duplicate moves to the person kept: their
 * place in each network (dropped where the kept person is a member already), and their community leadership (when
 * both had one, the duplicate's trajectory joins the kept one's, which leads since the earlier day). Runs in the
 * merge's transaction: a merge moves everything or nothing.
 */
@Component
record MergedPersonGovernanceRepository(JdbcClient jdbc, NetworkRepository networks) {

    @EventListener
    void on(PersonsMerged e) {
        Instant now = Instant.now();
        for (Long id : jdbc.sql("select distinct network_id from gov_network_member where person_id = :d")
                .param("d", e.mergedPersonId()).query(Long.class).list()) {
            networks.findById(id).filter(n -> n.mergePerson(e.keptPersonId(), e.mergedPersonId(), now))
                    .ifPresent(networks::save);
        }
        jdbc.sql("""
                insert into gov_leadership_step (leadership_id, position, kind, name, on_date)
                select k.id, s.position + 1 + (select coalesce(max(o.position), -1) from gov_leadership_step o
                                               where o.leadership_id = k.id), s.kind, s.name, s.on_date
                  from gov_leadership_step s
                  join gov_leadership d on d.id = s.leadership_id and d.person_id = :d
                  join gov_leadership k on k.person_id = :k and k.jurisdiction_id = d.jurisdiction_id""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("""
                update gov_leadership k set since = least(k.since, d.since), emerging = k.emerging or d.emerging,
                       active = k.active or d.active, version = k.version + 1, updated_at = now()
                  from gov_leadership d
                 where d.person_id = :d and k.person_id = :k and k.jurisdiction_id = d.jurisdiction_id""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("""
                delete from gov_leadership d using gov_leadership k
                 where d.person_id = :d and k.person_id = :k and k.jurisdiction_id = d.jurisdiction_id""")
                .param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
        jdbc.sql("update gov_leadership set person_id = :k, version = version + 1, updated_at = now() "
                + "where person_id = :d").param("k", e.keptPersonId()).param("d", e.mergedPersonId()).update();
    }
}
