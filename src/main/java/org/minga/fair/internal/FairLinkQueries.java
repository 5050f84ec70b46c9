package org.minga.fair.internal;

import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Fairs as records another module may link to (a training programme accompanies one): by name or code. */
@Component
record FairLinkQueries(JdbcClient jdbc) {

    @Bean
    LinkTargets fairLinks() {
        return new LinkTargetQueries(jdbc, "fair", "Jornada de servicios", "/fairs/{id}", """
                select f.id, f.jurisdiction_id, f.territory_path, f.name as title,
                       f.territory_name || ' · ' || to_char(f.fair_date, 'YYYY-MM-DD') || ' · ' || f.code as detail
                  from fair f
                 where (cast(:j as bigint) is null or f.jurisdiction_id = :j) and f.territory_path like :scope
                   and (cast(:id as bigint) is null or f.id = :id) and f.status <> 'CANCELADA'
                 order by f.fair_date desc, f.id desc""");
    }
}
