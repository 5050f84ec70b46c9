package org.minga.governance.internal;

import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bodies, their sessions and the demonstration exercises as records another module may link to (a training
 * programme accompanies one of them): found by name or code, resolved to their pages.
 */
@Component
record GovernanceLinkQueries(JdbcClient jdbc) {

    @Bean
    LinkTargets bodyLinks() {
        return new LinkTargetQueries(jdbc, "body", "Instancia", "/governance/bodies/{id}", """
                select b.id, b.jurisdiction_id, b.territory_path, b.name as title, b.code as detail
                  from gov_body b
                 where (cast(:j as bigint) is null or b.jurisdiction_id = :j) and b.territory_path like :scope
                   and (cast(:id as bigint) is null or b.id = :id)
                 order by b.active desc, b.name, b.id""");
    }

    @Bean
    LinkTargets bodySessionLinks() {
        return new LinkTargetQueries(jdbc, "body-session", "Sesión de instancia", "/governance/sessions/{id}", """
                select s.id, s.jurisdiction_id, b.territory_path,
                       b.name || ' · sesión ' || s.number as title,
                       b.code || ' · ' || to_char(s.starts_at at time zone jz.time_zone, 'YYYY-MM-DD') as detail
                  from gov_session s join gov_body b on b.id = s.body_id
                  join jurisdiction jz on jz.id = s.jurisdiction_id
                 where (cast(:j as bigint) is null or s.jurisdiction_id = :j) and b.territory_path like :scope
                   and (cast(:id as bigint) is null or s.id = :id) and s.status <> 'CANCELLED'
                 order by s.starts_at desc, s.id desc""");
    }

    @Bean
    LinkTargets exerciseLinks() {
        return new LinkTargetQueries(jdbc, "exercise", "Ejercicio demostrativo", "/governance/exercises/{id}", """
                select e.id, e.jurisdiction_id, e.territory_path, e.name as title, e.code as detail
                  from gov_exercise e
                 where (cast(:j as bigint) is null or e.jurisdiction_id = :j) and e.territory_path like :scope
                   and (cast(:id as bigint) is null or e.id = :id)
                 order by e.created_at desc, e.id desc""");
    }
}
