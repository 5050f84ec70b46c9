package org.minga.planning.internal;

import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Plans as records another module may link to (a training programme accompanies one): by name or code. */
@Component
record PlanLinkQueries(JdbcClient jdbc) {

    @Bean
    LinkTargets planLinks() {
        return new LinkTargetQueries(jdbc, "plan", "Plan", "/planning/plans/{id}", """
                select p.id, p.jurisdiction_id, p.territory_path, p.name as title,
                       p.code || ' · ' || extract(year from p.starts_on) || '-' || extract(year from p.ends_on)
                         as detail
                  from plan p
                 where (cast(:j as bigint) is null or p.jurisdiction_id = :j) and p.territory_path like :scope
                   and (cast(:id as bigint) is null or p.id = :id)
                 order by p.starts_on desc, p.id desc""");
    }
}
