package org.minga.referral.internal;

import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care routes as records another module may link to by id (a Red MAS Bienestar ties them together): by name or code;
 * a route belongs to its whole jurisdiction (it has no territory of its own), so any scope of the jurisdiction finds
 * it, active ones first.
 */
@Component
record CareRouteLinkQueries(JdbcClient jdbc) {

    @Bean
    LinkTargets careRouteLinks() {
        return new LinkTargetQueries(jdbc, "care-route", "Ruta de atención", "/care-routes/{id}", """
                select r.id, r.jurisdiction_id, '' as territory_path, r.name as title, r.code as detail
                  from care_route r
                 where (cast(:j as bigint) is null or r.jurisdiction_id = :j) and cast(:scope as text) is not null
                   and (cast(:id as bigint) is null or r.id = :id)
                 order by r.active desc, r.name, r.id""");
    }
}
